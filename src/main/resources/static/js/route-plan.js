// Proposes an itinerary and a transit deadline from the chosen posts. No DOM here.
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

/** The legs crossed by ferry rather than by land: a day more each in the deadline estimate. */
export const FERRIES = new Set(['TM-AZ', 'AZ-TM', 'KZ-AZ', 'AZ-KZ']);

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

/** Conservative distance covered per day, by mode (km), and the days added per border and per ferry. */
export const DAILY_KM = { ROAD: 350, RAIL: 400, SEA: 300, MULTIMODAL: 300 };
export const BORDER_DAYS = 1;
export const FERRY_DAYS = 2;
const ROUTE_FACTOR = 1.3;

/**
 * An estimate of the transit time: the great-circle distance from the departure post through a point of
 * each country in between (the mean of its registry posts) to the destination post, × 1.3 for the
 * roads' and rails' detours, ÷ the daily distance of the mode, plus a day per border crossed and two per
 * ferry; rounded up to whole days, at least one. { km, borders, ferries, days }.
 */
export function estimateTransit(departure, destination, itinerary, posts, mode) {
	const points = [departure, ...itinerary.slice(1, -1).map((country) => centreOf(country, posts)), destination]
		.filter((point) => point && Number.isFinite(point.latitude) && Number.isFinite(point.longitude));
	let km = 0;
	for (let i = 1; i < points.length; i++) {
		km += greatCircleKm(points[i - 1], points[i]);
	}
	km = Math.round(km * ROUTE_FACTOR);
	const borders = Math.max(0, itinerary.length - 1);
	const ferries = itinerary.slice(1).filter((country, i) => FERRIES.has(`${itinerary[i]}-${country}`)).length;
	const days = Math.max(1, Math.ceil(km / (DAILY_KM[mode] || DAILY_KM.ROAD) + borders * BORDER_DAYS + ferries * FERRY_DAYS));
	return { km, borders, ferries, days };
}

function centreOf(country, posts) {
	const inCountry = posts.filter((post) => post.country === country);
	if (!inCountry.length) {
		return null;
	}
	const mean = (key) => inCountry.reduce((sum, post) => sum + post[key], 0) / inCountry.length;
	return { latitude: mean('latitude'), longitude: mean('longitude') };
}

function greatCircleKm(a, b) {
	const rad = (degrees) => (degrees * Math.PI) / 180;
	const dLat = rad(b.latitude - a.latitude);
	const dLon = rad(b.longitude - a.longitude);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
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
