// The route at a glance: an SVG map drawn from the bundled country outlines (Natural Earth, see
// map/NOTICE) and the registry's post coordinates. No tiles, nothing from another origin.
import { h } from './dom.js';
import { t } from './i18n.js';
import { countryName, postName, postLabel } from './names.js';
import { route } from './verdict.js';

// The file name carries a hash of its content, so it may be cached for a year (README, Slow links).
export const REGION = '/map/region-f8ebaa3a1198.json';
// The HTML parser puts <svg> in the SVG namespace; asking it keeps the namespace out of the source.
const SVG = document.createRange().createContextualFragment('<svg></svg>').firstChild.namespaceURI;
let data = null;
let loading = null;

/** A figure with the map of the consignment's route; filled in as soon as the outlines are loaded. */
export function routeMap(consignment, events) {
	const figure = h('figure', { className: 'route-map', id: 'route-map' });
	const draw = () => {
		const stops = points(consignment, events);
		figure.hidden = !stops.length;
		figure.append(...(stops.length ? [svg(consignment, stops)] : []));
	};
	if (data) {
		draw();
	}
	else {
		load().then(draw, () => { figure.hidden = true; });
	}
	return figure;
}

function load() {
	loading = loading || Promise.all([fetch(REGION).then(json), fetch('/api/posts').then(json)])
		.then(([region, posts]) => { data = { region, posts: new Map(posts.map((p) => [p.code, p])) }; })
		.catch((error) => { loading = null; throw error; });
	return loading;
}

function json(response) {
	if (!response.ok) {
		throw new Error(String(response.status));
	}
	return response.json();
}

/** Departure, every post an event was recorded at (in order), destination; the last-seen one marked. */
function points(c, events) {
	const codes = [c.departurePost, ...events.map((e) => e.post), c.destinationPost]
		.filter((code, index, all) => code && code !== all[index - 1]);
	const here = c.location ? codes.lastIndexOf(c.location.post) : -1;
	return codes.filter((code) => data.posts.has(code)).map((code, index) => {
		const post = data.posts.get(code);
		const [x, y] = project(post.longitude, post.latitude);
		return { code, x, y, travelled: index <= here, here: index === here };
	});
}

function project(longitude, latitude) {
	const { box, cos, units } = data.region;
	return [(longitude - box.west) * cos * units, (box.north - latitude) * units];
}

function svg(c, stops) {
	const view = viewBox(stops);
	const size = view[2] / 24;
	const map = el('svg', { viewBox: view.join(' '), role: 'img', 'aria-label': `${t('field.route')}: ${route(c)}` });
	Object.entries(data.region.countries).forEach(([code, d]) => map.append(el('path',
		{ d, class: c.itinerary.includes(code) ? 'country on-route' : 'country', 'data-country': code },
		el('title', {}, countryName(code)))));
	const line = (pts, className) => pts.length > 1 && map.append(el('polyline',
		{ class: className, points: pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') }));
	const last = stops.findLastIndex((p) => p.travelled);
	line(stops.slice(0, last + 1), 'path travelled');
	line(stops.slice(Math.max(last, 0)), 'path planned');
	markers(map, stops, size);
	return map;
}

function markers(map, stops, size) {
	const unique = [...new Map(stops.map((p) => [p.code, p])).values()];
	const taken = [];
	unique.sort((a, b) => Number(b.here) - Number(a.here)).forEach((p) => {
		const marker = el('g', { class: p.here ? 'post here' : 'post', 'data-post': p.code },
			el('title', {}, postLabel(p.code)), el('circle', { cx: p.x, cy: p.y, r: size * (p.here ? 0.45 : 0.3) }));
		const label = place(p, postName(p.code), size, taken);
		if (label) {
			taken.push(label.box);
			marker.append(el('text', { ...label.at, 'font-size': size }, postName(p.code)));
		}
		map.append(marker);
	});
}

/** Right of the marker, else above, below or left of it: the first place no earlier label covers. */
function place(p, name, size, taken) {
	const width = name.length * size * 0.62;
	const candidates = [[size * 0.6, size * 0.35, 'start'], [size * 0.6, -size * 0.7, 'start'],
		[size * 0.6, size * 1.4, 'start'], [-size * 0.6, size * 0.35, 'end']];
	for (const [dx, dy, anchor] of candidates) {
		const left = anchor === 'end' ? p.x + dx - width : p.x + dx;
		const box = { left, right: left + width, top: p.y + dy - size, bottom: p.y + dy + size * 0.2 };
		if (!taken.some((b) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom)) {
			return { box, at: { x: p.x + dx, y: p.y + dy, 'text-anchor': anchor } };
		}
	}
	return null;
}

/** The posts' box with room for labels, at least a few degrees wide, kept inside the outlines' box. */
function viewBox(stops) {
	const { width, height, units } = data.region;
	const xs = stops.map((p) => p.x);
	const ys = stops.map((p) => p.y);
	const w = Math.min(width, Math.max(Math.max(...xs) - Math.min(...xs) + 5 * units, 8 * units));
	const hgt = Math.min(height, Math.max(Math.max(...ys) - Math.min(...ys) + 3 * units, w * 0.6));
	const x = clamp((Math.max(...xs) + Math.min(...xs)) / 2 - w / 2 + units, 0, width - w);
	const y = clamp((Math.max(...ys) + Math.min(...ys)) / 2 - hgt / 2, 0, height - hgt);
	return [x, y, w, hgt].map((v) => Math.round(v));
}

function clamp(value, low, high) {
	return Math.min(Math.max(value, low), high);
}

function el(name, attributes, ...children) {
	const node = document.createElementNS(SVG, name);
	Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, String(value)));
	children.forEach((child) => node.append(child));
	return node;
}
