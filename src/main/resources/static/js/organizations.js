// Administration of carrier organizations (ADMIN only): the list and a form to add one.
import { api } from './api.js';
import { $, $$, h, clear, showProblem, clearFieldErrors } from './dom.js';
import { countryName } from './i18n.js';

let flashMessage = () => undefined;
let last = [];
let initialized = false;

export async function show({ flash }) {
	flashMessage = flash;
	if (!initialized) {
		initialized = true;
		$('#orgs-create').addEventListener('submit', create);
	}
	await load();
}

export function refresh() {
	render();
}

async function load() {
	showProblem($('#orgs-problem'), null);
	try {
		last = await api('/api/admin/organizations');
	}
	catch (error) {
		last = [];
		showProblem($('#orgs-problem'), error);
	}
	render();
}

function render() {
	const items = clear($('#orgs-items'));
	if (!last.length) {
		items.append(h('li', { className: 'muted', i18n: 'orgs.empty' }));
		return;
	}
	items.append(...last.map((o) => h('li', { className: 'card row' },
		h('strong', {}, o.name), h('span', { className: 'muted' }, countryName(o.country)))));
}

async function create(event) {
	event.preventDefault();
	const form = event.target;
	clearFieldErrors(form);
	const json = { name: $('#orgs-name').value.trim(), country: $('#orgs-country').value.trim().toUpperCase() };
	try {
		await api('/api/admin/organizations', { method: 'POST', json });
		flashMessage('orgs.created', { name: json.name });
		$$('input', form).forEach((input) => { input.value = ''; });
		await load();
	}
	catch (error) {
		showProblem($('.problem', form), error, form);
	}
}
