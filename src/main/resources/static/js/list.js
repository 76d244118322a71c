// The carrier's consignments: search, status filter and paging.
import { api } from './api.js';
import { $, h, clear, showProblem } from './dom.js';
import { t, formatDateTime, formatNumber } from './i18n.js';
import { route } from './verdict.js';

const SIZE = 20;
let page = 0;
let last = null;
let initialized = false;

export async function show() {
	if (!initialized) {
		initialized = true;
		$('#list-filter').addEventListener('submit', (event) => {
			event.preventDefault();
			page = 0;
			load();
		});
		$('#list-status').addEventListener('change', () => {
			page = 0;
			load();
		});
		$('#list-prev').addEventListener('click', () => {
			page = Math.max(0, page - 1);
			load();
		});
		$('#list-next').addEventListener('click', () => {
			page += 1;
			load();
		});
	}
	await load();
}

export function refresh() {
	render();
}

async function load() {
	const query = new URLSearchParams({ page: String(page), size: String(SIZE) });
	const status = $('#list-status').value;
	const q = $('#list-q').value.trim();
	if (status === 'OVERDUE') {
		query.set('overdue', 'true');
	}
	else if (status) {
		query.set('status', status);
	}
	if (q) {
		query.set('q', q);
	}
	showProblem($('#list-problem'), null);
	try {
		last = await api(`/api/consignments?${query}`);
	}
	catch (error) {
		last = null;
		showProblem($('#list-problem'), error);
	}
	render();
}

function render() {
	const items = clear($('#list-items'));
	const total = last ? last.total : 0;
	const pages = Math.max(1, Math.ceil(total / SIZE));
	$('#list-total').textContent = t('list.total', { total: formatNumber(total) });
	$('#list-page').textContent = t('list.page', { page: formatNumber(page + 1), pages: formatNumber(pages) });
	$('#list-prev').disabled = page === 0;
	$('#list-next').disabled = page + 1 >= pages;
	if (!last || !last.items.length) {
		items.append(h('li', { className: 'muted', i18n: 'list.empty' }));
		return;
	}
	items.append(...last.items.map((c) => h('li', { className: 'card row' },
		h('a', { href: `#/c/${c.number}`, className: 'mono big-link' }, c.number),
		h('span', { className: `status status-${c.status}`, i18n: `status.${c.status}` }),
		c.overdue ? h('span', { className: 'badge overdue', i18n: 'status.OVERDUE' }) : null,
		h('span', {}, route(c)),
		c.transitDeadline ? h('span', { className: 'muted' }, t('list.deadline', { at: formatDateTime(c.transitDeadline) })) : null,
		h('span', { className: 'muted' }, formatDateTime(c.createdAt)))));
}
