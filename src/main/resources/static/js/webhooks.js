// The carrier's webhook endpoints: add (the secret is shown once), delete, re-enable, read deliveries.
import { api } from './api.js';
import { $, h, clear, showProblem, clearFieldErrors } from './dom.js';
import { t, formatDateTime } from './i18n.js';

export const TYPES = ['consignment.departed', 'consignment.event', 'consignment.held', 'consignment.arrived',
	'consignment.completed', 'consignment.overdue'];

let initialized = false;
let endpoints = [];
let flash = () => undefined;

export async function show(context) {
	flash = context.flash;
	if (!initialized) {
		initialized = true;
		const boxes = clear($('#hooks-events'));
		boxes.append(...TYPES.map((type) => h('label', { className: 'check' },
			h('input', { type: 'checkbox', name: 'events', value: type, checked: type === 'consignment.event' }),
			' ', h('span', { i18n: `hooks.type.${type}` }), ' ', h('code', {}, type))));
		$('#hooks-form').addEventListener('submit', add);
		$('#hooks-secret-copy').addEventListener('click', copySecret);
	}
	$('#hooks-secret').hidden = true;
	await load();
}

export function refresh() {
	render();
}

async function load() {
	showProblem($('#hooks-problem'), null);
	try {
		endpoints = await api('/api/webhooks');
	}
	catch (error) {
		endpoints = [];
		showProblem($('#hooks-problem'), error);
	}
	render();
}

async function add(event) {
	event.preventDefault();
	const form = $('#hooks-form');
	clearFieldErrors(form);
	showProblem($('#hooks-problem'), null);
	const events = [...form.querySelectorAll('input[name=events]:checked')].map((box) => box.value);
	try {
		const created = await api('/api/webhooks', { method: 'POST', json: { url: $('#hooks-url').value.trim(), events } });
		$('#hooks-secret-value').value = created.secret;
		$('#hooks-secret').hidden = false;
		$('#hooks-secret-value').select();
		form.reset();
		await load();
	}
	catch (error) {
		showProblem($('#hooks-problem'), error, form);
	}
}

async function copySecret() {
	const field = $('#hooks-secret-value');
	field.select();
	try {
		await navigator.clipboard.writeText(field.value);
		flash('hooks.copied');
	}
	catch {
		flash('hooks.copyByHand');
	}
}

function render() {
	const list = clear($('#hooks-list'));
	if (!endpoints.length) {
		list.append(h('li', { className: 'muted', i18n: 'hooks.empty' }));
		return;
	}
	list.append(...endpoints.map((endpoint) => h('li', { className: 'card', dataset: { endpoint: endpoint.id } },
		h('p', { className: 'mono' }, endpoint.url),
		h('p', {}, endpoint.events.map((type) => h('span', { className: 'badge', i18n: `hooks.type.${type}` }))),
		h('p', { className: endpoint.enabled ? 'status status-IN_TRANSIT' : 'status status-HELD',
			i18n: endpoint.enabled ? 'hooks.enabled' : 'hooks.disabled' }),
		endpoint.disabledReason ? h('p', { className: 'muted' }, endpoint.disabledReason) : null,
		h('div', { className: 'actions' },
			h('button', { type: 'button', className: 'hooks-deliveries', i18n: 'hooks.deliveries', onclick: () => deliveries(endpoint) }),
			endpoint.enabled ? null
				: h('button', { type: 'button', className: 'primary hooks-enable', i18n: 'hooks.enable', onclick: () => enable(endpoint) }),
			h('button', { type: 'button', className: 'danger hooks-delete', i18n: 'hooks.delete', onclick: (e) => remove(endpoint, e.currentTarget) })),
		h('ul', { className: 'cards hooks-log', id: `hooks-log-${endpoint.id}` }))));
}

async function deliveries(endpoint) {
	const log = clear($(`#hooks-log-${endpoint.id}`));
	try {
		const page = await api(`/api/webhooks/${endpoint.id}/deliveries?size=20`);
		if (!page.items.length) {
			log.append(h('li', { className: 'muted', i18n: 'hooks.noDeliveries' }));
		}
		log.append(...page.items.map((d) => h('li', { className: 'row hooks-delivery' },
			h('span', { className: `status hooks-${d.status}`, i18n: `hooks.status.${d.status}` }),
			h('span', { i18n: `hooks.type.${d.type}` }),
			h('a', { href: `#/c/${d.consignment}`, className: 'mono' }, d.consignment),
			h('span', { i18n: 'hooks.attempts', params: { n: d.attempts } }),
			d.lastResponseCode ? h('span', { i18n: 'hooks.code', params: { code: d.lastResponseCode } }) : null,
			d.nextAttemptAt ? h('span', { className: 'muted', i18n: 'hooks.next', params: { at: formatDateTime(d.nextAttemptAt) } }) : null,
			h('span', { className: 'muted' }, formatDateTime(d.createdAt)))));
	}
	catch (error) {
		showProblem($('#hooks-problem'), error);
	}
}

async function enable(endpoint) {
	try {
		await api(`/api/webhooks/${endpoint.id}/enable`, { method: 'POST' });
		flash('hooks.enabledAgain');
		await load();
	}
	catch (error) {
		showProblem($('#hooks-problem'), error);
	}
}

/** The first click asks, the second deletes: deliveries stop at once and the log goes with it. */
async function remove(endpoint, button) {
	if (button.dataset.i18n !== 'hooks.confirmDelete') {
		button.dataset.i18n = 'hooks.confirmDelete';
		button.textContent = t('hooks.confirmDelete');
		return;
	}
	try {
		await api(`/api/webhooks/${endpoint.id}`, { method: 'DELETE' });
		flash('hooks.deleted');
		await load();
	}
	catch (error) {
		showProblem($('#hooks-problem'), error);
	}
}
