// The itinerary as an ordered list of countries by name: proposed from the posts, then the carrier may
// add, remove and move countries. Each row has buttons with spoken labels ("Move Turkmenistan up").
import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { countryName } from './names.js';

export class ItineraryEditor {

	/** box: the element (data-field="itinerary") the list is drawn in; onChange: after every edit. */
	constructor(box, addSelect, addButton, onChange) {
		this.box = box;
		this.addSelect = addSelect;
		this.onChange = onChange;
		this.countries = [];
		this.edited = false;
		addButton.addEventListener('click', () => this.add(addSelect.value));
	}

	/** The countries the "add" list offers: the registry's, member states first. */
	setCountries(countries) {
		this.known = countries;
		this.refresh();
	}

	/** A proposal replaces the list unless the carrier has changed it since (force: always). */
	propose(countries, force = false) {
		if (this.edited && !force) {
			return;
		}
		this.countries = [...countries];
		this.edited = false;
		this.render();
	}

	set(countries) {
		this.countries = [...countries];
		this.edited = true;
		this.render();
	}

	value() {
		return [...this.countries];
	}

	add(code) {
		if (!code) {
			return;
		}
		const at = this.countries.length >= 2 ? this.countries.length - 1 : this.countries.length;
		this.countries.splice(at, 0, code);
		this.change(at);
	}

	move(index, step) {
		const target = index + step;
		if (target < 0 || target >= this.countries.length) {
			return;
		}
		[this.countries[index], this.countries[target]] = [this.countries[target], this.countries[index]];
		this.change(target, step < 0 ? 'up' : 'down');
	}

	remove(index) {
		this.countries.splice(index, 1);
		this.change(Math.min(index, this.countries.length - 1), 'remove');
	}

	change(focusIndex, action = 'remove') {
		this.edited = true;
		this.render();
		const row = this.box.querySelectorAll('li')[focusIndex];
		const button = row && (row.querySelector(`[data-action="${action}"]:not(:disabled)`) || row.querySelector('button:not(:disabled)'));
		(button || this.addSelect).focus();
		this.onChange();
	}

	/** '' or the message key of what is wrong with the list as it stands. */
	problem() {
		if (this.countries.length < 2) {
			return 'val.itineraryShort';
		}
		return this.countries.some((country, i) => i > 0 && country === this.countries[i - 1]) ? 'val.itineraryRepeat' : '';
	}

	refresh() {
		const selected = this.addSelect.value;
		clear(this.addSelect).append(h('option', { value: '', i18n: 'itin.choose' }),
			...[...(this.known || [])]
				.sort((a, b) => Number(b.member) - Number(a.member) || countryName(a.code).localeCompare(countryName(b.code)))
				.map((country) => h('option', { value: country.code }, `${countryName(country.code)} (${country.code})`)));
		this.addSelect.value = selected;
		this.render();
	}

	render() {
		const list = h('ol', { className: 'itinerary' });
		this.countries.forEach((code, index) => {
			const name = countryName(code);
			const last = this.countries.length - 1;
			list.append(h('li', { dataset: { country: code } },
				h('span', { className: 'itin-name' }, name, ' ', h('span', { className: 'mono muted' }, code)),
				h('span', { className: 'itin-role muted', i18n: index === 0 ? 'itin.departure' : index === last ? 'itin.destination' : 'itin.transit' }),
				h('span', { className: 'itin-buttons' },
					button('up', '↑', 'itin.up', name, index === 0, () => this.move(index, -1)),
					button('down', '↓', 'itin.down', name, index === last, () => this.move(index, 1)),
					button('remove', '✕', 'itin.remove', name, false, () => this.remove(index)))));
		});
		clear(this.box).append(list);
		if (!this.countries.length) {
			this.box.append(h('p', { className: 'muted', i18n: 'itin.empty' }));
		}
		this.box.append(h('p', { className: 'muted itin-state', i18n: this.edited ? 'itin.edited' : 'itin.proposed' }));
	}

}

function button(action, symbol, key, name, disabled, onClick) {
	const label = t(key, { country: name });
	return h('button', { type: 'button', className: 'small', dataset: { action }, 'aria-label': label, title: label, disabled, onclick: onClick }, symbol);
}
