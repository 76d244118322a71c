// Administration of users: ADMIN sees everyone, COUNTRY_ADMIN its own country's officers.
// List with search and paging, create, disable/enable, reset a password.
import { api } from './api.js';
import { $, $$, h, clear, showProblem, clearFieldErrors } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { postLabel } from './names.js';

const SIZE = 20;
const ROLES = { ADMIN: ['OFFICER', 'CARRIER', 'COUNTRY_ADMIN', 'ADMIN'], COUNTRY_ADMIN: ['OFFICER'] };
let page = 0;
let last = null;
let me = null;
let flashMessage = () => undefined;
let initialized = false;

export async function show({ session, flash }) {
	me = session.me;
	flashMessage = flash;
	if (!initialized) {
		initialized = true;
		wire();
	}
	roleChoices();
	await Promise.all([load(), organizations()]);
}

export function refresh() {
	roleChoices();
	render();
}

function wire() {
	$('#users-filter').addEventListener('submit', (event) => {
		event.preventDefault();
		page = 0;
		load();
	});
	$('#users-prev').addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
	$('#users-next').addEventListener('click', () => { page += 1; load(); });
	$('#users-create').addEventListener('submit', create);
	$('#users-role').addEventListener('change', roleFields);
	$('#users-reset').addEventListener('submit', reset);
	$('#users-reset-cancel').addEventListener('click', () => { $('#users-reset').hidden = true; });
}

function roleChoices() {
	const select = $('#users-role');
	const chosen = select.value;
	clear(select).append(...(ROLES[me.role] || []).map((role) => h('option', { value: role, i18n: `role.${role}` })));
	select.value = chosen && (ROLES[me.role] || []).includes(chosen) ? chosen : 'OFFICER';
	roleFields();
}

function roleFields() {
	const role = $('#users-role').value;
	$('#users-post').closest('.field').hidden = role !== 'OFFICER';
	$('#users-organization').closest('.field').hidden = role !== 'CARRIER';
	$('#users-country').closest('.field').hidden = role !== 'COUNTRY_ADMIN';
}

async function organizations() {
	if (me.role !== 'ADMIN') {
		return;
	}
	const found = await api('/api/admin/organizations').catch(() => []);
	clear($('#users-organization')).append(...found.map((o) => h('option', { value: o.id }, `${o.name} (${o.country})`)));
}

async function load() {
	const query = new URLSearchParams({ page: String(page), size: String(SIZE), q: $('#users-q').value.trim() });
	showProblem($('#users-problem'), null);
	try {
		last = await api(`/api/admin/users?${query}`);
	}
	catch (error) {
		last = null;
		showProblem($('#users-problem'), error);
	}
	render();
}

function render() {
	const items = clear($('#users-items'));
	const total = last ? last.total : 0;
	const pages = Math.max(1, Math.ceil(total / SIZE));
	$('#users-total').textContent = t('users.total', { total: formatNumber(total) });
	$('#users-page').textContent = t('list.page', { page: formatNumber(page + 1), pages: formatNumber(pages) });
	$('#users-prev').disabled = page === 0;
	$('#users-next').disabled = page + 1 >= pages;
	if (!last || !last.items.length) {
		items.append(h('li', { className: 'muted', i18n: 'users.empty' }));
		return;
	}
	items.append(...last.items.map(row));
}

function row(user) {
	const where = user.postCode ? postLabel(user.postCode) : user.country || '';
	return h('li', { className: 'card row user', dataset: { username: user.username } },
		h('strong', { className: 'mono' }, user.username),
		h('span', { i18n: `role.${user.role}` }),
		h('span', { className: 'muted' }, where),
		h('span', { className: `status ${user.enabled ? 'status-IN_TRANSIT' : 'status-CANCELLED'}`,
			i18n: user.enabled ? 'users.enabled' : 'users.disabled' }),
		h('button', { type: 'button', className: user.enabled ? 'danger toggle' : 'toggle',
			i18n: user.enabled ? 'users.disable' : 'users.enable', onclick: () => toggle(user) }),
		h('button', { type: 'button', className: 'reset', i18n: 'users.reset', onclick: () => askPassword(user) }));
}

async function toggle(user) {
	try {
		await api(`/api/admin/users/${user.id}/${user.enabled ? 'disable' : 'enable'}`, { method: 'POST' });
		flashMessage(user.enabled ? 'users.disabledDone' : 'users.enabledDone', { username: user.username });
		await load();
	}
	catch (error) {
		showProblem($('#users-problem'), error);
	}
}

function askPassword(user) {
	const form = $('#users-reset');
	form.hidden = false;
	form.dataset.id = user.id;
	form.dataset.username = user.username;
	const heading = $('#users-reset-heading');
	heading.dataset.i18nParams = JSON.stringify({ username: user.username });
	heading.textContent = t('users.resetHeading', { username: user.username });
	$('#users-new-password').value = '';
	showProblem($('.problem', form), null);
	$('#users-new-password').focus();
}

async function reset(event) {
	event.preventDefault();
	const form = event.target;
	clearFieldErrors(form);
	try {
		await api(`/api/admin/users/${form.dataset.id}/password`, { method: 'POST', json: { password: $('#users-new-password').value } });
		form.hidden = true;
		flashMessage('users.resetDone', { username: form.dataset.username });
	}
	catch (error) {
		showProblem($('.problem', form), error, form);
	}
}

async function create(event) {
	event.preventDefault();
	const form = event.target;
	clearFieldErrors(form);
	const role = $('#users-role').value;
	const json = { username: $('#users-username').value.trim(), password: $('#users-password').value, role };
	if (role === 'OFFICER') {
		json.postCode = $('#users-post').value.trim().toUpperCase();
	}
	if (role === 'CARRIER') {
		json.organizationId = $('#users-organization').value;
	}
	if (role === 'COUNTRY_ADMIN') {
		json.country = $('#users-country').value.trim().toUpperCase();
	}
	try {
		await api('/api/admin/users', { method: 'POST', json });
		flashMessage('users.created', { username: json.username });
		$$('input', form).forEach((input) => { input.value = ''; });
		await load();
	}
	catch (error) {
		showProblem($('.problem', form), error, form);
	}
}
