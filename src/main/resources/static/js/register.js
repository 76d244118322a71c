// Register or amend a consignment without a code book: posts and countries chosen by name, the
// itinerary proposed from the posts, containers and wagons pasted with their check digits verified,
// the transit deadline proposed; validates as you type, shows server field errors next to the fields.
import { api } from './api.js';
import { $, $$, h, clear, showProblem, clearFieldErrors, setFieldError, splitList } from './dom.js';
import { t, translate, formatDateTime, formatNumber } from './i18n.js';
import { countryName } from './names.js';
import { PostPicker } from './post-picker.js';
import { ItineraryEditor } from './itinerary-editor.js';
import { NumberList } from './number-list.js';
import { proposeItinerary, localToIso, toLocalInput } from './route-plan.js';

const MAX_UNITS = 200;
const RULES = {
	required: (v) => (v ? '' : 'val.required'),
	country: (v) => (/^[A-Z]{2}$/.test(v) ? '' : 'val.countryChoose'),
	hsCode: (v) => (/^\d{6,10}$/.test(v) ? '' : 'val.hsCode'),
	integer: (v) => (/^[1-9]\d*$/.test(v) ? '' : 'val.positive'),
	decimal: (v) => (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 ? '' : 'val.amount'),
	optionalDecimal: (v) => (!v || /^\d+(\.\d+)?$/.test(v) ? '' : 'val.amount'),
	currency: (v) => (/^[A-Z]{3}$/.test(v) ? '' : 'val.currency'),
	deadline: (v) => (!v || new Date(v).getTime() > Date.now() ? '' : 'val.deadlineFuture'),
};
const UPPER = new Set(['currency']);
let context;
let editing = null;
let parts = null;
let posts = [];

export async function show(ctx) {
	context = ctx;
	const form = $('#register-form');
	if (!parts) {
		parts = build(form);
		loadRegistry();
	}
	form.reset();
	$$('#consignor-country, #consignee-country').forEach((select) => { delete select.dataset.value; });
	clearFieldErrors(form);
	showProblem($('#register-problem'), null);
	clear($('#goods-rows'));
	editing = ctx.params[0] ? await api(`/api/consignments/${ctx.params[0].toUpperCase()}`).catch(() => null) : null;
	labels();
	parts.departure.setCode('');
	parts.destination.setCode('');
	parts.itinerary.propose([], true);
	parts.containers.set([]);
	parts.wagons.set([]);
	if (editing) {
		fill(editing);
	}
	else {
		addGoods();
	}
	modeChanged();
	proposeDeadline();
}

export function refresh() {
	labels();
	if (parts) {
		parts.departure.relabel();
		parts.destination.relabel();
		fillCountries();
		parts.containers.render();
		parts.wagons.render();
		proposeDeadline();
	}
}

function build(form) {
	form.addEventListener('input', (event) => validate(event.target));
	form.addEventListener('submit', submit);
	$('#goods-add').addEventListener('click', () => addGoods());
	$('#transport-mode').addEventListener('change', modeChanged);
	$('#deadline-use').addEventListener('click', useProposedDeadline);
	$('#itinerary-propose').addEventListener('click', () => suggestItinerary(true));
	const chosen = (input) => () => { setFieldError(input, ''); suggestItinerary(false); };
	return {
		departure: new PostPicker($('#departure-post'), $('#departure-post-list'), chosen($('#departure-post'))),
		destination: new PostPicker($('#destination-post'), $('#destination-post-list'), chosen($('#destination-post'))),
		itinerary: new ItineraryEditor($('#itinerary'), $('#itinerary-add'), $('#itinerary-add-button'), () => {
			setFieldError($('#itinerary'), '');
			proposeDeadline();
		}),
		containers: new NumberList($('#containers'), $('#containers-check'), 'container', MAX_UNITS),
		wagons: new NumberList($('#wagons'), $('#wagons-check'), 'wagon', MAX_UNITS),
	};
}

async function loadRegistry() {
	const [postList, countries] = await Promise.all([api('/api/posts').catch(() => []), api('/api/countries').catch(() => [])]);
	posts = postList;
	parts.departure.setPosts(posts);
	parts.destination.setPosts(posts);
	parts.countries = countries;
	parts.itinerary.setCountries(countries);
	fillCountries();
	proposeDeadline();
}

/** The parties' country lists: member states first, then the others, by name in the UI language. */
function fillCountries() {
	const countries = [...(parts.countries || [])]
		.sort((a, b) => Number(b.member) - Number(a.member) || countryName(a.code).localeCompare(countryName(b.code)));
	parts.itinerary.refresh();
	for (const select of [$('#consignor-country'), $('#consignee-country')]) {
		const value = select.value || select.dataset.value || '';
		clear(select).append(h('option', { value: '', i18n: 'itin.choose' }),
			...countries.map((country) => h('option', { value: country.code }, `${countryName(country.code)} (${country.code})`)));
		select.value = value;
	}
}

function labels() {
	const heading = $('#register-heading');
	heading.dataset.i18n = editing ? 'reg.editHeading' : 'reg.heading';
	heading.dataset.i18nParams = JSON.stringify(editing ? { number: editing.number } : {});
	$('#register-submit').dataset.i18n = editing ? 'reg.save' : 'reg.submit';
	translate($('#view-register'));
}

/** The itinerary from the chosen posts' countries, unless the carrier changed it (force: always). */
function suggestItinerary(force) {
	const from = parts.departure.post();
	const to = parts.destination.post();
	if (from && to) {
		parts.itinerary.propose(proposeItinerary(from.country, to.country), force);
		setFieldError($('#itinerary'), '');
	}
	proposeDeadline();
}

function modeChanged() {
	const mode = $('#transport-mode').value;
	$('#wagons-field').hidden = !(mode === 'RAIL' || mode === 'MULTIMODAL') && !$('#wagons').value.trim();
}

let proposal = null;
let proposing = 0;

/**
 * The proposed deadline: what the server's rule (GET /api/transit-deadline, the one TransitTime) would
 * set now, shown with how it was reached. Only the answer to the latest route is shown.
 */
async function proposeDeadline() {
	const from = parts.departure.post();
	const to = parts.destination.post();
	const countries = parts.itinerary.value();
	const out = $('#deadline-proposal');
	const asked = ++proposing;
	proposal = null;
	if (!from || !to || countries.length < 2) {
		out.dataset.i18n = 'deadline.needRoute';
		delete out.dataset.i18nParams;
		out.textContent = t('deadline.needRoute');
		$('#deadline-use').hidden = true;
		return;
	}
	let answer;
	try {
		answer = await api(`/api/transit-deadline?${new URLSearchParams({
			departurePost: from.code, destinationPost: to.code, itinerary: countries.join(','),
		})}`);
	}
	catch {
		answer = null;
	}
	if (asked !== proposing) {
		return;
	}
	if (!answer) {
		out.dataset.i18n = 'deadline.needRoute';
		delete out.dataset.i18nParams;
		out.textContent = t('deadline.needRoute');
		$('#deadline-use').hidden = true;
		return;
	}
	proposal = new Date(answer.transitDeadline);
	const params = { date: formatDateTime(answer.transitDeadline), days: formatNumber(answer.transitDays),
		km: formatNumber(answer.distanceKm), borders: formatNumber(countries.length - 1) };
	out.dataset.i18n = 'deadline.proposal';
	out.dataset.i18nParams = JSON.stringify(params);
	out.textContent = t('deadline.proposal', params);
	$('#deadline-use').hidden = false;
}

function useProposedDeadline() {
	if (proposal) {
		const input = $('#deadline');
		input.value = toLocalInput(proposal);
		validate(input);
	}
}

function addGoods(item) {
	const rows = $('#goods-rows');
	const row = $('#goods-row').content.firstElementChild.cloneNode(true);
	translate(row);
	row.querySelector('.remove').addEventListener('click', () => {
		if (rows.children.length > 1) {
			row.remove();
			index();
		}
	});
	rows.append(row);
	index();
	if (item) {
		const set = (name, value) => { row.querySelector(`[data-name="${name}"]`).value = value ?? ''; };
		['hsCode', 'description', 'packages', 'grossMassKg', 'netMassKg'].forEach((name) => set(name, item[name]));
		set('value.amount', item.value.amount);
		set('value.currency', item.value.currency);
	}
}

function index() {
	$$('#goods-rows .goods-row').forEach((row, i) => {
		$$('input', row).forEach((input) => {
			input.id = `goods-${i}-${input.dataset.name.replace('.', '-')}`;
			input.dataset.field = `goods[${i}].${input.dataset.name}`;
			input.closest('.field').querySelector('label').htmlFor = input.id;
			const note = input.closest('.field').querySelector('.field-error');
			if (note) {
				note.id = `${input.id}-error`;
				input.setAttribute('aria-describedby', note.id);
			}
		});
	});
}

/** Checks one field as the carrier types (strict: on submit, an unchosen post counts); true when fine. */
function validate(input, strict = false) {
	const custom = customProblem(input, strict);
	if (custom !== undefined) {
		setFieldError(input, custom);
		return !custom;
	}
	const rule = RULES[input.dataset.rule];
	if (!rule) {
		return true;
	}
	if (UPPER.has(input.dataset.rule) && input.value !== input.value.toUpperCase()) {
		input.value = input.value.toUpperCase();
	}
	const key = rule(input.value.trim());
	setFieldError(input, key ? t(key) : '');
	return !key;
}

/** The translated problem of a composite field, '' when fine, undefined for an ordinary input. */
function customProblem(input, strict) {
	const picker = { 'departure-post': parts.departure, 'destination-post': parts.destination }[input.id];
	if (picker) {
		return strict && picker.problem() ? t(picker.problem()) : '';
	}
	if (input.id === 'itinerary') {
		const problem = parts.itinerary.problem();
		return problem ? t(problem) : '';
	}
	if (input.id === 'containers' || input.id === 'wagons') {
		return parts[input.id].problem();
	}
	return undefined;
}

function fill(c) {
	const set = (id, value) => { $(`#${id}`).value = value ?? ''; };
	for (const party of ['consignor', 'consignee']) {
		set(`${party}-name`, c[party].name);
		$(`#${party}-country`).dataset.value = c[party].country;
		set(`${party}-country`, c[party].country);
		set(`${party}-address`, c[party].address);
		set(`${party}-taxid`, c[party].taxId);
	}
	parts.departure.setCode(c.departurePost);
	parts.destination.setCode(c.destinationPost);
	parts.itinerary.set(c.itinerary);
	set('transport-mode', c.transport.mode);
	set('plates', c.transport.vehiclePlates.join(', '));
	parts.containers.set(c.transport.containers || []);
	parts.wagons.set(c.transport.wagons || []);
	set('seals', c.seals.join(', '));
	set('deadline', c.transitDeadline ? toLocalInput(new Date(c.transitDeadline)) : '');
	c.goods.forEach(addGoods);
}

function request() {
	const v = (id) => $(`#${id}`).value.trim();
	const party = (p) => ({ name: v(`${p}-name`), country: v(`${p}-country`), address: v(`${p}-address`), taxId: v(`${p}-taxid`) || undefined });
	const goods = $$('#goods-rows .goods-row').map((row) => {
		const g = (name) => row.querySelector(`[data-name="${name}"]`).value.trim();
		return {
			hsCode: g('hsCode'), description: g('description'), packages: Number(g('packages')),
			grossMassKg: g('grossMassKg'), netMassKg: g('netMassKg') || undefined,
			value: { amount: g('value.amount'), currency: g('value.currency') },
		};
	});
	const transport = { mode: v('transport-mode'), vehiclePlates: splitList(v('plates')), containers: parts.containers.values() };
	if (parts.wagons.values().length) {
		transport.wagons = parts.wagons.values();
	}
	return {
		consignor: party('consignor'), consignee: party('consignee'),
		departurePost: parts.departure.code, destinationPost: parts.destination.code, itinerary: parts.itinerary.value(),
		transport, seals: splitList(v('seals')), goods, transitDeadline: localToIso(v('deadline')) || undefined,
	};
}

async function submit(event) {
	event.preventDefault();
	const form = event.target;
	clearFieldErrors(form);
	const fields = [...$$('[data-rule]', form), $('#departure-post'), $('#destination-post'), $('#itinerary'), $('#containers'), $('#wagons')];
	const invalid = fields.filter((input) => !validate(input, true));
	if (invalid.length) {
		showProblem($('#register-problem'), { problem: { detail: t('reg.fixErrors') } });
		invalid[0].focus();
		return;
	}
	const button = $('#register-submit');
	button.disabled = true;
	try {
		const saved = editing
			? await api(`/api/consignments/${editing.number}`, { method: 'PUT', json: request() })
			: await api('/api/consignments', { method: 'POST', json: request() });
		context.flash(editing ? 'reg.saved' : 'reg.created', { number: saved.number, version: saved.version });
		context.navigate(`#/c/${saved.number}`);
	}
	catch (error) {
		showProblem($('#register-problem'), error, form);
		const first = form.querySelector('[aria-invalid="true"]');
		(first || $('#register-problem')).focus();
	}
	finally {
		button.disabled = false;
	}
}
