// The consignment record: status, location, route strip, goods, declaration versions, timeline with chain
// integrity, actions.
import { api, download } from './api.js';
import { $, h, clear, showProblem } from './dom.js';
import { t, formatDateTime, formatNumber, formatMoney } from './i18n.js';
import { countryName, postLabel } from './names.js';
import { routeMap } from './map.js';
import { route } from './verdict.js';
import * as actions from './actions.js';

let context;
let data = null;

export async function show(ctx) {
	context = ctx;
	const number = ctx.params[0].toUpperCase();
	const root = clear($('#record'));
	root.append(h('h1', { i18n: 'common.loading' }));
	data = await load(number, ctx.session.me).catch((error) => ({ error }));
	render();
}

export function refresh() {
	render();
}

async function load(number, me) {
	const base = `/api/consignments/${number}`;
	const [consignment, events, integrity, allowed, versions] = await Promise.all([
		api(base), api(`${base}/events`).catch(() => []), api(`${base}/integrity`).catch(() => null),
		me.role === 'OFFICER' ? api(`${base}/allowed-events`).catch(() => []) : Promise.resolve([]),
		api(`${base}/versions`).catch(() => []),
	]);
	return { consignment, events: events || [], integrity, allowed: allowed || [], versions: versions || [] };
}

export function reload() {
	return show(context);
}

function render() {
	const root = clear($('#record'));
	if (data.error) {
		root.append(h('h1', { i18n: 'record.heading' }));
		const box = h('div', { className: 'problem', role: 'alert' });
		showProblem(box, data.error);
		return root.append(box);
	}
	const c = data.consignment;
	root.append(
		h('h1', { tabIndex: -1 }, h('span', { className: 'mono' }, c.number), ' ',
			h('span', { className: `status status-${c.status}`, i18n: `status.${c.status}` })),
		h('p', { className: 'location' }, location(c)),
		carrierActions(c),
		context.session.me.role === 'OFFICER' ? actions.panel(c, data.allowed, { ...context, reload }) : '',
		h('h2', { i18n: 'field.route' }), routeMap(c, data.events), routeStrip(c),
		h('h2', { i18n: 'record.details' }), details(c),
		h('h2', { i18n: 'field.goods' }), goods(c.goods),
		data.versions.length ? h('h2', { i18n: 'record.versions' }) : '', data.versions.length ? versions() : '',
		h('h2', { i18n: 'record.timeline' }), integrity(), timeline());
}

function location(c) {
	if (!c.location) {
		return t('record.notDeparted');
	}
	return t('record.location', { post: postLabel(c.location.post), country: countryName(c.location.country), at: formatDateTime(c.location.at) });
}

function carrierActions(c) {
	if (context.session.me.role !== 'CARRIER') {
		return '';
	}
	const problem = h('div', { className: 'problem', role: 'alert' });
	const guarded = (fn) => () => fn().catch((error) => showProblem(problem, error));
	const base = `/api/consignments/${c.number}`;
	const buttons = [
		h('button', { type: 'button', i18n: 'dl.pdf', id: 'download-pdf', onClick: guarded(() => download(`${base}/document.pdf`, `${c.number}.pdf`)) }),
		h('button', { type: 'button', i18n: 'dl.qrPng', onClick: guarded(() => download(`${base}/qr.png`, `${c.number}.png`)) }),
		h('button', { type: 'button', i18n: 'dl.qrSvg', onClick: guarded(() => download(`${base}/qr.svg`, `${c.number}.svg`)) }),
	];
	if (c.status === 'REGISTERED') {
		buttons.push(h('a', { className: 'button', href: `#/edit/${c.number}`, i18n: 'rec.amend' }),
			h('button', { type: 'button', className: 'danger', i18n: 'rec.cancel', onClick: () => confirmCancel(c, problem) }));
	}
	return h('div', {}, h('div', { className: 'actions' }, buttons), problem);
}

function confirmCancel(c, problem) {
	actions.askToConfirm(problem, t('rec.cancelConfirm', { number: c.number }), async () => {
		await api(`/api/consignments/${c.number}/cancel`, { method: 'POST' });
		context.flash('rec.cancelled');
		await reload();
	});
}

function routeStrip(c) {
	const here = c.location && c.location.country;
	return h('ol', { className: 'route' }, c.itinerary.map((country, index) => {
		const posts = new Map();
		if (index === 0) {
			posts.set(c.departurePost, []);
		}
		data.events.filter((e) => e.country === country).forEach((e) => posts.set(e.post, [...(posts.get(e.post) || []), e]));
		if (index === c.itinerary.length - 1 && !posts.has(c.destinationPost)) {
			posts.set(c.destinationPost, []);
		}
		return h('li', { className: country === here ? 'here' : '', 'aria-current': country === here ? 'location' : 'false' },
			h('strong', {}, countryName(country)),
			h('ul', {}, [...posts.entries()].map(([post, events]) => h('li', {}, h('span', {}, postLabel(post)), ' ',
				events.map((e) => h('span', { className: e.anomalies && e.anomalies.length ? 'tag anomaly' : 'tag', i18n: `event.${e.type}` }))))));
	}));
}

function details(c) {
	const party = (p) => [p.name, p.address, countryName(p.country), p.taxId].filter(Boolean).join(', ');
	const rows = [
		['field.carrier', c.carrier && c.carrier.name], ['field.consignor', party(c.consignor)],
		['field.consignee', party(c.consignee)], ['field.route', route(c)], ['field.mode', t(`mode.${c.transport.mode}`)],
		['field.plates', c.transport.vehiclePlates.join(', ')], ['field.containers', c.transport.containers.join(', ')],
		['field.seals', c.seals.join(', ')], ['field.version', formatNumber(c.version)], ['field.updated', formatDateTime(c.updatedAt)],
	];
	return h('dl', { className: 'facts small' }, rows.flatMap(([key, value]) => [h('dt', { i18n: key }), h('dd', {}, value || t('common.none'))]));
}

function goods(items) {
	const heads = ['goods.hsCode', 'goods.description', 'goods.packages', 'goods.gross', 'goods.value'];
	return h('div', { className: 'scroll' }, h('table', {},
		h('thead', {}, h('tr', {}, heads.map((key) => h('th', { scope: 'col', i18n: key })))),
		h('tbody', {}, items.map((g) => h('tr', {}, h('td', { className: 'mono' }, g.hsCode), h('td', {}, g.description),
			h('td', {}, formatNumber(g.packages)), h('td', {}, formatNumber(g.grossMassKg)), h('td', {}, formatMoney(g.value)))))));
}

function integrity() {
	const result = data.integrity;
	if (!result) {
		return '';
	}
	return result.valid
		? h('p', { className: 'integrity ok', i18n: 'record.integrityOk', params: { count: result.events } })
		: h('p', { className: 'integrity broken', role: 'alert' }, h('span', { i18n: 'record.integrityBroken' }),
			result.brokenAtSeq ? ` #${result.brokenAtSeq}` : '');
}

/** The declaration chain: each version, the cancellation and grants, with the hash anyone can check. */
function versions() {
	return h('ol', { className: 'versions small', id: 'versions' }, data.versions.map((v) => h('li', {},
		h('strong', { i18n: `declarationKind.${v.kind}` }), ' ',
		h('span', { i18n: 'record.version', params: { version: v.version } }),
		v.post ? ` · ${postLabel(v.post)}` : '', ' · ', h('time', { dateTime: v.at }, formatDateTime(v.at)),
		' ', h('small', { className: 'muted mono', title: v.declarationHash }, String(v.declarationHash || '').slice(0, 12)))));
}

function timeline() {
	if (!data.events.length) {
		return h('p', { className: 'muted', i18n: 'record.noEvents' });
	}
	return h('ol', { className: 'timeline', id: 'timeline' }, data.events.map((e) => h('li', { className: e.anomalies && e.anomalies.length ? 'anomalous' : '' },
		h('strong', { i18n: `event.${e.type}` }), ' ',
		h('span', {}, postLabel(e.post)), ` · ${countryName(e.country)} · `, h('time', { dateTime: e.occurredAt }, formatDateTime(e.occurredAt)),
		eventDetails(e.details || {}),
		e.remarks ? h('p', {}, e.remarks) : '',
		(e.anomalies || []).map((a) => h('p', { className: 'anomaly', role: 'note' }, a === 'RECORDED_LATE'
			? h('span', {}, t('anomaly.RECORDED_LATE', { delay: delayOf(e) }))
			: h('span', { i18n: `anomaly.${a}` }))),
		' ', h('small', { className: 'muted mono', title: e.hash }, `#${e.seq} ${String(e.hash || '').slice(0, 12)}`))));
}

/** How long after it happened an event was recorded, as h:mm (the same in every language). */
function delayOf(e) {
	const minutes = Math.max(0, Math.round((Date.parse(e.recordedAt) - Date.parse(e.occurredAt)) / 60000));
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function eventDetails(d) {
	const line = (labelKey, ...values) => h('p', {}, h('span', { className: 'muted', i18n: labelKey }), ': ',
		values.filter(Boolean).join(' · '));
	return [
		d.result && line('form.inspection.result', t(`inspection.${d.result}`), d.findings),
		d.sealStatus && line('form.seals.status', t(`seals.${d.sealStatus}`), (d.newSeals || []).join(', ')),
		d.holdReason && line('form.hold.reason', d.holdReason),
		d.incidentKind && line('form.incident.kind', t(`incident.${d.incidentKind}`), d.incidentDescription),
		d.enquiryOutcome && line('form.enquiry.outcome', d.enquiryOutcome),
	].filter(Boolean);
}
