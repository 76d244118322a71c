// The officer's view of the queue: every event recorded here, waiting, sent or refused (with why).
import * as outbox from './outbox.js';
import { $, h, clear } from './dom.js';
import { t, has, formatDateTime, onLanguageChange } from './i18n.js';

let me = null;

export function init(getMe) {
	me = getMe;
	outbox.onChange(render);
	onLanguageChange(render);
}

/** Why the server refused: the translated reason of its code, else the server's own words. */
export function reason(entry) {
	if (entry.code && has(`refusal.${entry.code}`)) {
		return t(`refusal.${entry.code}`);
	}
	return entry.detail || t('error.generic');
}

export async function render() {
	const section = $('#outbox');
	const officer = me && me();
	if (!section || !officer) {
		return;
	}
	const entries = await outbox.entries(officer.username);
	section.hidden = !entries.length;
	const waiting = entries.filter((e) => e.state === 'waiting').length;
	const summary = $('#outbox-summary');
	summary.dataset.i18n = waiting ? 'outbox.waitingCount' : 'outbox.allSent';
	summary.dataset.i18nParams = JSON.stringify({ count: waiting });
	summary.textContent = t(summary.dataset.i18n, { count: waiting });
	clear($('#outbox-list')).append(...entries.slice().reverse().map(item));
}

function item(entry) {
	return h('li', { className: `outbox-item outbox-${entry.state}`, dataset: { id: entry.id, state: entry.state } },
		h('strong', { i18n: `event.${entry.body.type}` }), ' ',
		h('span', { className: 'mono' }, entry.number), ' · ',
		h('time', { dateTime: entry.body.occurredAt }, formatDateTime(entry.body.occurredAt)), ' ',
		h('span', { className: `badge state-${entry.state}`, i18n: `outbox.state.${entry.state}` }),
		entry.state === 'refused' ? [
			h('p', { className: 'outbox-reason', role: 'note' }, reason(entry)),
			h('button', { type: 'button', className: 'link', i18n: 'outbox.dismiss', onClick: () => outbox.dismiss(entry.id) }),
		] : '');
}
