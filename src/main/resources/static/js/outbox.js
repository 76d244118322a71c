// Events recorded at the post wait here (IndexedDB) until the server has them: each keeps the id the
// device chose, so a re-send after a lost answer is a replay (200), never a second event. Sent in the
// order recorded; a refusal is kept with its code until the officer has seen it.
import * as store from './store.js';
import { api, token } from './api.js';

const KEEP_SENT_MS = 24 * 60 * 60 * 1000;
const listeners = [];
let chain = Promise.resolve();
let sequence = 0;

export function onChange(listener) {
	listeners.push(listener);
}

function changed() {
	listeners.forEach((listener) => listener());
}

/** Puts an event for consignment number, recorded by officer me, in the queue. */
export async function enqueue(number, body, me) {
	const entry = {
		id: body.id, number, body, username: me.username.toLowerCase(), post: me.postCode,
		queuedAt: Date.now() * 1000 + (sequence++ % 1000), state: 'waiting',
	};
	await store.saveEntry(entry);
	changed();
	return entry;
}

/** The queue of officer username, oldest first; sent entries are forgotten after a day. */
export async function entries(username) {
	const all = await store.outbox();
	const stale = all.filter((e) => e.state === 'sent' && Date.now() - e.sentAt > KEEP_SENT_MS);
	await Promise.all(stale.map((e) => store.deleteEntry(e.id)));
	return all.filter((e) => !stale.includes(e) && (!username || e.username === username.toLowerCase()));
}

export async function dismiss(id) {
	await store.deleteEntry(id);
	changed();
}

/** Sends every waiting event of username, one at a time in order; runs never overlap. */
export function sync(username) {
	chain = chain.then(() => send(username)).catch(() => undefined);
	return chain;
}

async function send(username) {
	if (!username || !token()) {
		return;
	}
	for (const entry of (await entries(username)).filter((e) => e.state === 'waiting')) {
		if (!(await deliver(entry))) {
			return;
		}
	}
}

/** False when sending should stop for now: no network, signed out, or the server failing. */
async function deliver(entry) {
	try {
		const stored = await api(`/api/consignments/${entry.number}/events`, { method: 'POST', json: entry.body });
		Object.assign(entry, { state: 'sent', sentAt: Date.now(), seq: stored && stored.seq });
	}
	catch (error) {
		if (error.status === 0 || error.status === 401 || error.status >= 500 || error.status === 429) {
			return false;
		}
		const problem = error.problem || {};
		Object.assign(entry, { state: 'refused', status: error.status, code: problem.code || null, detail: problem.detail || '' });
	}
	await store.saveEntry(entry);
	changed();
	return true;
}
