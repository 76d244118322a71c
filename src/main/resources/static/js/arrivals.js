// The officer's expected arrivals, kept on the device with each record's transport view only
// (number, status, route, plates, containers, seals, location): never parties, goods or values.
import { api } from './api.js';
import * as store from './store.js';

const MAX_RECORDS = 100;
const PARALLEL = 2;
let running = null;

const key = (post) => `expected:${post}`;

export function transportView(c) {
	const transport = c.transport || {};
	return {
		number: c.number, status: c.status, version: c.version, departurePost: c.departurePost,
		destinationPost: c.destinationPost, itinerary: c.itinerary || [], seals: c.seals || [], location: c.location || null,
		transport: { mode: transport.mode, vehiclePlates: transport.vehiclePlates || [], containers: transport.containers || [],
			wagons: transport.wagons || [] },
	};
}

/**
 * Fetches the list and the records not kept yet or changed since (two at a time, so the live stream
 * and the officer's own calls keep their connections); one refresh at a time.
 */
export function refresh(me, rows) {
	if (!me || me.role !== 'OFFICER' || !me.postCode) {
		return Promise.resolve(null);
	}
	if (!running) {
		running = load(me.postCode, rows).finally(() => { running = null; });
	}
	return running;
}

async function load(post, rows) {
	const list = rows || await api(`/api/posts/${post}/expected`);
	const before = new Map(((await kept(post)) || { items: [] }).items.map((item) => [item.number, item]));
	const views = [];
	const wanted = list.slice(0, MAX_RECORDS);
	for (let i = 0; i < wanted.length; i += PARALLEL) {
		const batch = await Promise.all(wanted.slice(i, i + PARALLEL).map((row) => {
			const known = before.get(row.number);
			return known && known.status === row.status ? known
				: api(`/api/consignments/${row.number}`).then(transportView).catch(() => null);
		}));
		views.push(...batch.filter(Boolean));
	}
	const result = { fetchedAt: new Date().toISOString(), rows: list, items: views };
	await store.put(key(post), result);
	return result;
}

export async function kept(post) {
	return post ? (await store.get(key(post))) || null : null;
}

/** The kept transport view of one consignment, with the time the list was fetched. */
export async function find(post, number) {
	const list = await kept(post);
	const view = list && list.items.find((item) => item.number === number);
	return view ? { view, fetchedAt: list.fetchedAt } : null;
}

export async function forget(post) {
	if (post) {
		await store.remove(key(post));
	}
}
