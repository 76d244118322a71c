// Karvon's service worker: the officer's app opens and checks codes with no network.
// Network first for everything it keeps (online behaviour is unchanged and always current), the
// cached copy when the network fails. API calls pass straight through, except the public trust list,
// which is kept with the time it was fetched (header Karvon-Cached-At).
const CACHE = 'karvon-shell-v1';
const TRUST = '/api/trust/keys';
const REVOKED = '/api/trust/revoked';
const SHELL = [
	'/', '/manifest.webmanifest', '/css/app.css',
	'/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png',
	'/js/app.js', '/js/api.js', '/js/actions.js', '/js/dom.js', '/js/expected.js', '/js/i18n.js', '/js/list.js',
	'/js/login.js', '/js/outbox.js', '/js/outbox-view.js', '/js/record.js', '/js/register.js', '/js/scan.js',
	'/js/camera.js', '/js/session.js', '/js/store.js', '/js/trust.js', '/js/arrivals.js', '/js/verdict.js',
	'/js/users.js', '/js/organizations.js', '/js/token/jws.js', '/js/token/verify.js', '/js/token/cose.js', '/js/names.js', '/js/map.js', '/map/region-f8ebaa3a1198.json', '/map/NOTICE',
	'/i18n/names/en.json', '/i18n/names/ru.json', '/i18n/names/uz.json', '/i18n/names/kk.json', '/i18n/names/ky.json',
	'/i18n/names/tg.json', '/i18n/names/tk.json', '/i18n/names/az.json',
	'/i18n/en.json', '/i18n/ru.json', '/i18n/uz.json', '/i18n/kk.json', '/i18n/ky.json', '/i18n/tg.json',
	'/i18n/tk.json', '/i18n/az.json',
	'/js/webhooks.js', '/js/check-digits.js', '/js/route-plan.js', '/js/post-picker.js', '/js/itinerary-editor.js',
	'/js/number-list.js', '/js/listcheck.js', '/js/token/listpages.js', '/js/overdue.js',
	'/vendor/zxing-wasm/share.js', '/vendor/zxing-wasm/reader/index.js', '/vendor/zxing-wasm/reader/zxing_reader.wasm',
];
// Files another build step may or may not ship (the compact COSE verifier): kept when present.
const OPTIONAL = [];

self.addEventListener('install', (event) => {
	event.waitUntil((async () => {
		const cache = await caches.open(CACHE);
		await cache.addAll(SHELL);
		await Promise.all(OPTIONAL.map((path) => cache.add(path).catch(() => undefined)));
		await keep(cache, TRUST, await fetch(TRUST, { cache: 'no-store' }));
		await keep(cache, REVOKED, await fetch(REVOKED, { cache: 'no-store' }));
		await self.skipWaiting();
	})());
});

self.addEventListener('activate', (event) => {
	event.waitUntil((async () => {
		const names = await caches.keys();
		await Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name)));
		await self.clients.claim();
	})());
});

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
		return;
	}
	if (url.pathname === TRUST || url.pathname === REVOKED) {
		event.respondWith(networkFirst(event.request, url.pathname, true));
	}
	else if (event.request.mode === 'navigate') {
		event.respondWith(networkFirst(event.request, '/', false));
	}
	else if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/actuator/')) {
		event.respondWith(networkFirst(event.request, url.pathname, false));
	}
});

async function networkFirst(request, key, stamp) {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request, { cache: 'no-cache' });
		if (response.ok) {
			await (stamp ? keep(cache, key, response.clone()) : cache.put(key, response.clone()));
		}
		return response;
	}
	catch (error) {
		const cached = await cache.match(key);
		if (cached) {
			return cached;
		}
		throw error;
	}
}

/** Stores a copy of response under key with the time it was fetched. */
async function keep(cache, key, response) {
	if (!response.ok) {
		return;
	}
	const headers = new Headers(response.headers);
	headers.set('Karvon-Cached-At', new Date().toISOString());
	await cache.put(key, new Response(await response.blob(), { status: response.status, headers }));
}
