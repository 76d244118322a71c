// A pasted list of container or wagon numbers with the check-digit verdict on every line, live: the
// count, each number ✓ or ✗ with the reason, duplicates flagged. A list with a bad line is not valid.
import { h, clear } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { checkList } from './check-digits.js';

export class NumberList {

	/** textarea: where the list is pasted; out: where the verdicts go; kind: 'container' or 'wagon'. */
	constructor(textarea, out, kind, max) {
		this.textarea = textarea;
		this.out = out;
		this.kind = kind;
		this.max = max;
		this.verdicts = [];
		this.count = h('p', { className: 'count', role: 'status', id: `${textarea.id}-count` });
		this.lines = h('ol', { className: 'verdicts' });
		out.append(this.count, this.lines);
		textarea.addEventListener('input', () => this.render());
	}

	set(numbers) {
		this.textarea.value = numbers.join('\n');
		this.render();
	}

	/** The numbers as the server wants them (normalized), in the order pasted. */
	values() {
		return this.verdicts.map((verdict) => verdict.value);
	}

	bad() {
		return this.verdicts.filter((verdict) => !verdict.ok);
	}

	/** '' or the message (already translated) to show next to the field. */
	problem() {
		const bad = this.bad();
		if (bad.length) {
			return t('check.badLines', { count: bad.length, lines: bad.map((verdict) => verdict.line).join(', ') });
		}
		return this.verdicts.length > this.max ? t('check.tooMany', { max: this.max }) : '';
	}

	render() {
		this.verdicts = checkList(this.textarea.value, this.kind);
		const bad = this.bad().length;
		this.count.classList.toggle('bad', bad > 0);
		this.count.textContent = this.verdicts.length
			? t(`check.count.${this.kind}`, { count: formatNumber(this.verdicts.length) })
				+ (bad ? ` — ${t('check.problems', { count: formatNumber(bad) })}` : '')
			: '';
		clear(this.lines).append(...this.verdicts.map((verdict) => h('li', {
			className: verdict.ok ? 'ok' : 'bad', dataset: { line: String(verdict.line) },
		}, h('span', { className: 'mark', 'aria-hidden': 'true' }, verdict.ok ? '✓' : '✗'),
		h('span', { className: 'mono' }, verdict.value || verdict.raw),
		h('span', { className: 'reason' }, verdict.ok ? t('check.ok') : t(verdict.problem, verdict.params)))));
	}

}
