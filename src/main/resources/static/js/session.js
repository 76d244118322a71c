// The officer this device last signed in for, kept so the app opens and checks codes with no network.
// It grants nothing on the server: sending queued events needs a real sign-in again.
const KEY = 'karvon.officer';

export function remember(me) {
	if (me && me.role === 'OFFICER') {
		localStorage.setItem(KEY, JSON.stringify({ username: me.username, role: me.role, postCode: me.postCode, country: me.country }));
	}
}

export function remembered() {
	try {
		return JSON.parse(localStorage.getItem(KEY) || 'null');
	}
	catch {
		return null;
	}
}

export function forget() {
	localStorage.removeItem(KEY);
}

/** True when the server answers (any status); a public, uncached call the service worker never serves. */
export async function reachable() {
	try {
		await fetch('/api/countries', { cache: 'no-store' });
		return true;
	}
	catch {
		return false;
	}
}
