// Register or amend a consignment: validates as you type, shows server field errors next to the fields.
import { api } from './api.js';
import { $, $$, h, clear, showProblem, clearFieldErrors, setFieldError, splitList } from './dom.js';
import { t, translate } from './i18n.js';

const RULES = {
	required: (v) => (v ? '' : 'val.required'),
	country: (v) => (/^[A-Z]{2}$/.test(v) ? '' : 'val.country'),
	post: (v) => (/^[A-Z]{2}[A-Z0-9]{3}$/.test(v) ? '' : 'val.post'),
	countries: (v) => (splitList(v).length >= 1 && splitList(v).every((c) => /^[A-Z]{2}$/.test(c)) ? '' : 'val.countries'),
	hsCode: (v) => (/^\d{6,10}$/.test(v) ? '' : 'val.hsCode'),
	integer: (v) => (/^[1-9]\d*$/.test(v) ? '' : 'val.positive'),
	decimal: (v) => (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 ? '' : 'val.amount'),
	optionalDecimal: (v) => (!v || /^\d+(\.\d+)?$/.test(v) ? '' : 'val.amount'),
	currency: (v) => (/^[A-Z]{3}$/.test(v) ? '' : 'val.currency'),
};
const UPPER = new Set(['country', 'post', 'countries', 'currency']);
let context;
let editing = null;
let initialized = false;

export async function show(ctx) {
	context = ctx;
	const form = $('#register-form');
	if (!initialized) {
		initialized = true;
		form.addEventListener('input', (event) => validate(event.target));
		form.addEventListener('submit', submit);
		$('#goods-add').addEventListener('click', () => addGoods());
		$('#departure-post').addEventListener('change', suggestItinerary);
		$('#destination-post').addEventListener('change', suggestItinerary);
		loadPosts();
	}
	form.reset();
	clearFieldErrors(form);
	showProblem($('#register-problem'), null);
	clear($('#goods-rows'));
	editing = ctx.params[0] ? await api(`/api/consignments/${ctx.params[0].toUpperCase()}`).catch(() => null) : null;
	labels();
	if (editing) {
		fill(editing);
	}
	else {
		addGoods();
	}
}

export function refresh() {
	labels();
}

function labels() {
	const heading = $('#register-heading');
	heading.dataset.i18n = editing ? 'reg.editHeading' : 'reg.heading';
	heading.dataset.i18nParams = JSON.stringify(editing ? { number: editing.number } : {});
	$('#register-submit').dataset.i18n = editing ? 'reg.save' : 'reg.submit';
	translate($('#view-register'));
}

async function loadPosts() {
	const posts = await api('/api/posts').catch(() => []);
	clear($('#post-codes')).append(...posts.map((p) => h('option', { value: p.code }, `${p.code} ${p.name}`)));
}

function suggestItinerary() {
	const itinerary = $('#itinerary');
	const from = $('#departure-post').value.trim().toUpperCase().slice(0, 2);
	const to = $('#destination-post').value.trim().toUpperCase().slice(0, 2);
	if (!itinerary.value && from.length === 2 && to.length === 2) {
		itinerary.value = from === to ? from : `${from}, ${to}`;
		validate(itinerary);
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

function validate(input) {
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

function fill(c) {
	const set = (id, value) => { $(`#${id}`).value = value ?? ''; };
	for (const party of ['consignor', 'consignee']) {
		set(`${party}-name`, c[party].name);
		set(`${party}-country`, c[party].country);
		set(`${party}-address`, c[party].address);
		set(`${party}-taxid`, c[party].taxId);
	}
	set('departure-post', c.departurePost);
	set('destination-post', c.destinationPost);
	set('itinerary', c.itinerary.join(', '));
	set('transport-mode', c.transport.mode);
	set('plates', c.transport.vehiclePlates.join(', '));
	set('containers', c.transport.containers.join(', '));
	set('seals', c.seals.join(', '));
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
	return {
		consignor: party('consignor'), consignee: party('consignee'),
		departurePost: v('departure-post'), destinationPost: v('destination-post'), itinerary: splitList(v('itinerary')),
		transport: { mode: v('transport-mode'), vehiclePlates: splitList(v('plates')), containers: splitList(v('containers')) },
		seals: splitList(v('seals')), goods,
	};
}

async function submit(event) {
	event.preventDefault();
	const form = event.target;
	clearFieldErrors(form);
	const invalid = $$('[data-rule]', form).filter((input) => !validate(input));
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
