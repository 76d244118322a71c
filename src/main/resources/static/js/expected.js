// Expected arrivals at my post, kept live by reading the SSE stream with fetch (EventSource cannot send
// the Authorization header) and parsing the event stream format here.
import { api, authHeaders } from './api.js';
import { $, h, clear } from './dom.js';
import { t, formatDateTime } from './i18n.js';
import * as arrivals from './arrivals.js';
import { postLabel } from './names.js';

let controller = null;
let items = new Map();

export async function show({ session }) {
	hide();
	const post = session.me.postCode;
	$('#expected-post').textContent = postLabel(post);
	items = new Map();
	state('expected.loading');
	controller = new AbortController();
	try {
		const rows = await api(`/api/posts/${post}/expected`, { signal: controller.signal });
		replace(rows);
		arrivals.refresh(session.me, rows).catch(() => undefined);
	}
	catch (error) {
		if (error.name !== 'AbortError') {
			await showKept(post);
		}
	}
	listen(post, controller.signal, 1000);
}

export function hide() {
	if (controller) {
		controller.abort();
		controller = null;
	}
}

export function refresh() {
	render();
}

/** No network: the list this device kept at its last refresh, marked with when that was. */
async function showKept(post) {
	const kept = await arrivals.kept(post);
	if (!kept) {
		return state('expected.offline');
	}
	replace(kept.rows);
	const badge = $('#expected-state');
	state('expected.cached');
	badge.dataset.i18nParams = JSON.stringify({ at: formatDateTime(kept.fetchedAt) });
	badge.textContent = t('expected.cached', { at: formatDateTime(kept.fetchedAt) });
	return undefined;
}

function state(key) {
	const badge = $('#expected-state');
	badge.dataset.i18n = key;
	delete badge.dataset.i18nParams;
	badge.textContent = t(key);
	badge.className = `badge ${key.replace('.', '-')}`;
}

async function listen(post, signal, delay) {
	while (!signal.aborted) {
		try {
			const response = await fetch(`/api/posts/${post}/expected/stream`, {
				headers: authHeaders({ Accept: 'text/event-stream' }), signal, cache: 'no-store',
			});
			if (!response.ok || !response.body) {
				throw new Error(String(response.status));
			}
			state('expected.live');
			delay = 1000;
			await readEvents(response.body, onEvent);
		}
		catch (error) {
			if (signal.aborted) {
				return;
			}
		}
		state('expected.offline');
		await new Promise((resolve) => setTimeout(resolve, delay));
		delay = Math.min(delay * 2, 30000);
	}
}

/** Parses text/event-stream: events separated by blank lines, "event:" and "data:" fields. */
export async function readEvents(body, handle) {
	const reader = body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			return;
		}
		buffer += value.replace(/\r\n?/g, '\n');
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			const event = { type: 'message', data: [] };
			for (const line of block.split('\n')) {
				if (line.startsWith(':')) {
					continue;
				}
				const colon = line.indexOf(':');
				const name = colon < 0 ? line : line.slice(0, colon);
				const field = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
				if (name === 'event') {
					event.type = field;
				}
				else if (name === 'data') {
					event.data.push(field);
				}
			}
			if (event.data.length) {
				handle(event.type, event.data.join('\n'));
			}
		}
	}
}

function onEvent(type, text) {
	let payload;
	try {
		payload = JSON.parse(text);
	}
	catch {
		return;
	}
	if (Array.isArray(payload) || (payload && Array.isArray(payload.items))) {
		return replace(payload);
	}
	const consignment = payload && (payload.consignment || payload);
	if (!consignment || !consignment.number) {
		return undefined;
	}
	const gone = /remove|delete|gone|left/i.test(type) || ['ARRIVED', 'COMPLETED', 'CANCELLED'].includes(consignment.status);
	if (gone) {
		items.delete(consignment.number);
	}
	else {
		items.set(consignment.number, consignment);
	}
	return render();
}

function replace(payload) {
	const list = Array.isArray(payload) ? payload : (payload && payload.items) || [];
	items = new Map(list.map((c) => [c.number, c]));
	render();
}

function render() {
	const list = clear($('#expected-list'));
	if (!items.size) {
		return list.append(h('li', { className: 'muted', i18n: 'expected.empty' }));
	}
	return list.append(...[...items.values()].map((c) => h('li', { className: 'card' },
		h('a', { href: `#/c/${c.number}`, className: 'mono big-link' }, c.number), ' ',
		h('span', { className: `status status-${c.status}`, i18n: `status.${c.status}` }),
		h('p', { className: 'plates' }, (c.vehiclePlates || (c.transport && c.transport.vehiclePlates) || []).join(', ')),
		h('p', { className: 'muted' }, t('expected.from', { post: postLabel(c.fromPost), at: formatDateTime(c.since) })))));
}
