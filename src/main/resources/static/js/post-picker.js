// A customs post chosen by name: an ARIA 1.2 combobox (editable, list autocomplete) over the registry's
// posts, searched by the name in the UI language, the registry's name, the code or the country, the
// options grouped by country with the kind of post shown. Keyboard: ↓/↑ move, Enter picks, Esc closes.
import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { countryName, postName, postLabel } from './names.js';

const MAX_OPTIONS = 60;

/** Lower case without accents or marks, so "Dostlik" finds "Dóstlik" and "Ashgabat" finds "Aşgabat". */
export function fold(text) {
	return String(text || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export class PostPicker {

	/** input: the text box (role combobox); list: an empty element that becomes its listbox. */
	constructor(input, list, onChoose) {
		this.input = input;
		this.list = list;
		this.onChoose = onChoose;
		this.posts = [];
		this.code = '';
		this.options = [];
		this.active = -1;
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', list.id);
		input.setAttribute('autocomplete', 'off');
		list.setAttribute('role', 'listbox');
		list.hidden = true;
		input.addEventListener('input', () => this.typed());
		input.addEventListener('keydown', (event) => this.key(event));
		input.addEventListener('blur', () => this.blurred());
		input.addEventListener('focus', () => this.open());
		list.addEventListener('mousedown', (event) => event.preventDefault());
	}

	setPosts(posts) {
		this.posts = posts;
		this.relabel();
	}

	/** Picks the post with this code (amending a record), or clears the choice. */
	setCode(code) {
		this.code = code || '';
		this.relabel();
	}

	post() {
		return this.posts.find((post) => post.code === this.code) || null;
	}

	/** Shows the chosen post's label in the current language (after a language switch too). */
	relabel() {
		this.input.value = this.code ? label(this.post() || { code: this.code }) : this.input.value;
		this.input.dataset.code = this.code;
		if (!this.list.hidden) {
			this.render();
		}
	}

	typed() {
		if (this.code) {
			this.code = '';
			this.input.dataset.code = '';
			this.onChoose(null);
		}
		this.open();
	}

	open() {
		this.render();
		this.list.hidden = false;
		this.input.setAttribute('aria-expanded', 'true');
	}

	close() {
		this.list.hidden = true;
		this.input.setAttribute('aria-expanded', 'false');
		this.input.removeAttribute('aria-activedescendant');
		this.active = -1;
	}

	matches() {
		const query = this.code ? '' : fold(this.input.value.trim());
		const words = query.split(/\s+/).filter(Boolean);
		return this.posts.filter((post) => {
			const haystack = fold([postName(post.code), post.name, post.code, countryName(post.country), post.country].join(' '));
			return words.every((word) => haystack.includes(word));
		}).slice(0, MAX_OPTIONS);
	}

	render() {
		this.options = this.matches();
		clear(this.list);
		if (!this.options.length) {
			this.list.append(h('li', { className: 'combo-empty', role: 'presentation', i18n: 'picker.none' }));
			this.active = -1;
			return;
		}
		const groups = new Map();
		this.options.forEach((post, index) => {
			if (!groups.has(post.country)) {
				const heading = h('li', { className: 'combo-group', role: 'presentation', 'aria-hidden': 'true' }, countryName(post.country));
				const group = h('ul', { role: 'group', 'aria-label': countryName(post.country) });
				this.list.append(heading, h('li', { role: 'none' }, group));
				groups.set(post.country, group);
			}
			groups.get(post.country).append(this.option(post, index));
		});
		this.activate(this.code ? this.options.findIndex((post) => post.code === this.code) : this.input.value.trim() ? 0 : -1);
	}

	option(post, index) {
		return h('li', {
			id: `${this.list.id}-${post.code}`, role: 'option', className: 'combo-option', 'aria-selected': String(post.code === this.code),
			dataset: { code: post.code }, onclick: () => this.choose(index),
		}, h('span', { className: 'combo-name' }, postName(post.code) === post.code ? post.name : postName(post.code)),
		h('span', { className: `tag kind-${post.kind}`, i18n: `kind.${post.kind}` }),
		h('span', { className: 'mono muted' }, post.code));
	}

	activate(index) {
		this.active = index;
		[...this.list.querySelectorAll('[role=option]')].forEach((el, i) => el.classList.toggle('active', i === index));
		const el = index >= 0 ? this.list.querySelectorAll('[role=option]')[index] : null;
		if (el) {
			this.input.setAttribute('aria-activedescendant', el.id);
			el.scrollIntoView({ block: 'nearest' });
		}
		else {
			this.input.removeAttribute('aria-activedescendant');
		}
	}

	choose(index) {
		const post = this.options[index];
		if (!post) {
			return;
		}
		this.code = post.code;
		this.close();
		this.relabel();
		this.onChoose(post);
	}

	key(event) {
		const open = !this.list.hidden;
		const key = event.key.toLowerCase();
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (!open) {
				this.open();
			}
			const step = event.key === 'ArrowDown' ? 1 : -1;
			const count = this.options.length;
			if (count) {
				this.activate(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
			}
		}
		else if (key === 'enter' && open && this.active >= 0) {
			event.preventDefault();
			this.choose(this.active);
		}
		else if (key === 'escape' && open) {
			event.preventDefault();
			this.close();
		}
		else if (key === 'escape' && !this.code) {
			this.input.value = '';
		}
	}

	/** Leaving the box: an exact code or the only match counts as the choice; otherwise nothing is chosen. */
	blurred() {
		if (!this.code && this.input.value.trim()) {
			const typed = this.input.value.trim().toUpperCase();
			const matches = this.matches();
			const exact = this.posts.find((post) => post.code === typed);
			const choice = exact || (matches.length === 1 ? matches[0] : null);
			if (choice) {
				this.options = [choice];
				this.choose(0);
			}
		}
		this.close();
	}

	/** '' when a post is chosen, else the message key to show. */
	problem() {
		return this.code ? '' : this.input.value.trim() ? 'picker.choose' : 'val.required';
	}

}

/** "Tashkent (UZTAS)", falling back to the registry's own name for a post the bundles do not know yet. */
export function label(post) {
	return postName(post.code) === post.code && post.name ? `${post.name} (${post.code})` : postLabel(post.code);
}
