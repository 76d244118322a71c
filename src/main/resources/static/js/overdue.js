// Overdue cargo for the officer's post: consignments departed from or destined for it, past their
// transit deadline and not arrived. Each opens the record, where the post may record an ENQUIRY.
import { api } from './api.js';
import { $, h, clear, showProblem } from './dom.js';
import { t, formatDateTime, formatNumber } from './i18n.js';
import { postLabel } from './names.js';
import { route } from './verdict.js';

let last = null;
let post = null;

export async function show({ session }) {
	post = session.me.postCode;
	showProblem($('#overdue-problem'), null);
	try {
		last = await fetchOverdue(post);
	}
	catch (error) {
		last = null;
		showProblem($('#overdue-problem'), error);
	}
	render();
	badge(last);
}

export function refresh() {
	render();
	badge(last);
}

/** The count in the navigation: how many overdue consignments concern the officer's post. */
export async function count(me) {
	if (!me || me.role !== 'OFFICER' || !me.postCode || me.offline) {
		return badge(null);
	}
	try {
		last = await fetchOverdue(me.postCode);
		post = me.postCode;
	}
	catch {
		last = null;
	}
	return badge(last);
}

function fetchOverdue(code) {
	return api(`/api/consignments?${new URLSearchParams({ overdue: 'true', post: code, size: '100' })}`);
}

function badge(page) {
	const count = $('#nav-overdue-count');
	const total = page ? page.total : 0;
	count.hidden = total === 0;
	count.textContent = formatNumber(total);
	count.title = t('overdue.count', { count: formatNumber(total) });
}

function render() {
	$('#overdue-intro').textContent = t('overdue.intro', { post: post ? postLabel(post) : '' });
	const items = clear($('#overdue-items'));
	if (!last || !last.items.length) {
		items.append(h('li', { className: 'muted', i18n: 'overdue.empty' }));
		return;
	}
	items.append(...last.items.map((c) => h('li', { className: 'card row' },
		h('a', { href: `#/c/${c.number}`, className: 'mono big-link' }, c.number),
		h('span', { className: `status status-${c.status}`, i18n: `status.${c.status}` }),
		h('span', { className: 'badge overdue', i18n: 'status.OVERDUE' }),
		h('span', {}, route(c)),
		c.transitDeadline ? h('span', { className: 'muted' }, t('overdue.deadline', { at: formatDateTime(c.transitDeadline) })) : null)));
}
