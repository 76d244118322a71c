// One-glance verdict: colour, word, and the facts to compare with the truck in large type.
import { $, h, clear } from './dom.js';
import { t, countryName } from './i18n.js';

const COLOURS = { VALID: 'green', SUPERSEDED: 'amber', CANCELLED: 'amber', FORGED: 'red', UNKNOWN_KEY: 'red', MALFORMED: 'grey' };
let result = null;

export function setResult(value) {
	result = value;
}

export function show(ctx) {
	if (!result) {
		return ctx.navigate('#/scan');
	}
	render();
	$('#verdict-title').focus();
	return undefined;
}

export function refresh() {
	render();
}

function render() {
	const { verdict, consignment } = result;
	const panel = $('#verdict-panel');
	panel.className = `verdict-panel verdict-${COLOURS[verdict] || 'grey'}`;
	panel.dataset.verdict = verdict;
	$('#verdict-title').textContent = t(`verdict.${verdict}`);
	$('#verdict-hint').textContent = t(`verdict.hint.${verdict}`);
	const facts = clear($('#verdict-facts'));
	const open = $('#verdict-open');
	open.hidden = !consignment;
	if (!consignment) {
		return;
	}
	open.href = `#/c/${consignment.number}`;
	facts.append(...fact('field.number', consignment.number),
		...fact('field.status', t(`status.${consignment.status}`)),
		...fact('field.plates', list(consignment.transport.vehiclePlates)),
		...fact('field.containers', list(consignment.transport.containers)),
		...fact('field.seals', list(consignment.seals)),
		...fact('field.route', route(consignment)));
}

function fact(key, value) {
	return [h('dt', { i18n: key }), h('dd', {}, value)];
}

function list(values) {
	return values && values.length ? values.join(', ') : t('common.none');
}

export function route(consignment) {
	const countries = consignment.itinerary.map(countryName).join(' → ');
	return `${consignment.departurePost} → ${consignment.destinationPost} (${countries})`;
}
