// The trust list, kept on the device with the time it was fetched: the JWKS of every QR signing key and
// the keys revoked since (their codes scan REVOKED, also offline once the list was refreshed).
import * as store from './store.js';

const KEY = 'trust';

/** Fetches the list when the network is there, else the kept one; null when never fetched. */
export async function trustList() {
	try {
		const [keys, revoked] = await Promise.all(['/api/trust/keys', '/api/trust/revoked']
			.map((path) => fetch(path, { cache: 'no-store' })));
		if (keys.ok && revoked.ok) {
			const cachedAt = keys.headers.get('Karvon-Cached-At') || revoked.headers.get('Karvon-Cached-At');
			const list = {
				jwks: await keys.json(),
				revoked: (await revoked.json()).revoked || [],
				fetchedAt: cachedAt || new Date().toISOString(),
			};
			if (!cachedAt) {
				await store.put(KEY, list);
			}
			return cachedAt ? newest(list, await store.get(KEY)) : list;
		}
	}
	catch {
		// offline: fall back to the list kept on the device
	}
	return (await store.get(KEY)) || null;
}

function newest(a, b) {
	return b && b.fetchedAt > a.fetchedAt ? b : a;
}
