// Proposes an itinerary from the chosen posts, and converts deadline inputs. No DOM here. The proposed
// deadline itself comes from the server's one rule (GET /api/transit-deadline), not from here.
//
// LINKS is the small table the proposal walks: land borders between the registry's countries and the
// Caspian ferries (Turkmenbashi–Baku, Aktau–Baku). Each country lists its neighbours in the order a
// carrier would try them, so among equally short paths the known corridor wins: Uzbekistan lists
// Turkmenistan first, which makes UZ → AZ the UZ–TM–AZ corridor over the Turkmenbashi–Baku ferry.
export const LINKS = {
	UZ: ['TM', 'KZ', 'KG', 'TJ', 'AF'],
	KZ: ['UZ', 'KG', 'AZ', 'TM', 'CN', 'RU'],
	KG: ['KZ', 'UZ', 'TJ', 'CN'],
	TJ: ['UZ', 'KG', 'AF', 'CN'],
	TM: ['UZ', 'AZ', 'KZ', 'IR', 'AF'],
	AZ: ['TM', 'KZ', 'GE', 'RU', 'IR', 'TR', 'AM'],
	CN: ['KZ', 'KG', 'TJ', 'PK', 'AF', 'RU'],
	RU: ['KZ', 'AZ', 'GE', 'CN'],
	GE: ['AZ', 'TR', 'AM', 'RU'],
	TR: ['GE', 'IR', 'AZ', 'AM'],
	IR: ['TM', 'AZ', 'TR', 'AF', 'AM', 'PK'],
	AF: ['UZ', 'TJ', 'TM', 'IR', 'PK', 'CN'],
	AM: ['GE', 'IR', 'TR', 'AZ'],
	PK: ['AF', 'IR', 'CN'],
};

/**
 * The shortest path of countries from `from` to `to` over LINKS (breadth first, neighbours in table
 * order), or just [from, to] when the table does not connect them. The same country twice: [from].
 */
export function proposeItinerary(from, to) {
	if (!from || !to) {
		return [from, to].filter(Boolean);
	}
	if (from === to) {
		return [from];
	}
	const previous = new Map([[from, null]]);
	const queue = [from];
	while (queue.length && !previous.has(to)) {
		const country = queue.shift();
		for (const next of LINKS[country] || []) {
			if (!previous.has(next)) {
				previous.set(next, country);
				queue.push(next);
			}
		}
	}
	if (!previous.has(to)) {
		return [from, to];
	}
	const path = [];
	for (let country = to; country; country = previous.get(country)) {
		path.unshift(country);
	}
	return path;
}

/** A datetime-local value ("2026-12-09T14:00") as ISO-8601 with this device's offset, or null. */
export function localToIso(value) {
	if (!value) {
		return null;
	}
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) {
		return null;
	}
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
	return `${toLocalInput(date)}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A Date as a datetime-local value in this device's time zone, to the minute. */
export function toLocalInput(date) {
	const pad = (n) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
