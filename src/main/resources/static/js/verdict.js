// One-glance verdict: colour, word, and the facts to compare with the truck in large type.
// Online it is the server's verdict (and the device's check beside it); offline the device's alone:
// a genuine signature is amber there, because superseded or cancelled can only be known online.
import { $, h, clear } from './dom.js';
import { t, formatDateTime } from './i18n.js';
import { countryName, postLabel } from './names.js';
import * as actions from './actions.js';
import * as outboxView from './outbox-view.js';
import { listPanel } from './listcheck.js';

const COLOURS = {
	VALID: 'green', VALID_ON_DEVICE: 'amber', SUPERSEDED: 'amber', CANCELLED: 'amber', REVOKED: 'amber',
	FORGED: 'red', UNKNOWN_KEY: 'red', MALFORMED: 'grey',
};
/** What an officer may record at the post offline; the server decides when the queue is sent. */
const OFFLINE_EVENTS = ['ENTRY', 'EXIT', 'INSPECTION', 'SEAL_CHECK', 'HOLD', 'RELEASE', 'INCIDENT', 'ARRIVAL'];
let result = null;
let context = null;

export function setResult(value) {
	result = value;
}

export function show(ctx) {
	context = ctx;
	if (!result) {
		return ctx.navigate('#/scan');
	}
	render();
	$('#verdict-title').focus();
	return undefined;
}

export function refresh() {
	render();
}

function render() {
	const { verdict } = result;
	const panel = $('#verdict-panel');
	panel.className = `verdict-panel verdict-${COLOURS[verdict] || 'grey'}`;
	panel.dataset.verdict = verdict;
	panel.dataset.offline = result.offline ? 'true' : 'false';
	$('#verdict-title').textContent = t(`verdict.${verdict}`);
	$('#verdict-hint').textContent = t(`verdict.hint.${verdict}`);
	$('#verdict-device').textContent = deviceLine();
	const facts = clear($('#verdict-facts'));
	const offlineArea = clear($('#verdict-offline'));
	const open = $('#verdict-open');
	const consignment = result.offline ? offlineFacts() : result.consignment;
	open.hidden = result.offline || !consignment;
	if (!consignment) {
		return;
	}
	if (!result.offline) {
		open.href = `#/c/${consignment.number}`;
	}
	const transport = consignment.transport || {};
	facts.append(...fact('field.number', consignment.number),
		...fact('field.status', status(consignment)),
		...fact('field.plates', list(transport.vehiclePlates)),
		...fact('field.containers', list(transport.containers)),
		...fact('field.wagons', list(transport.wagons)),
		...fact('field.seals', list(consignment.seals)),
		...fact('field.route', route(consignment)));
	const pages = context.session.me.role === 'OFFICER' ? listPanel(result) : null;
	if (pages) {
		offlineArea.append(pages);
	}
	if (result.offline && verdict === 'VALID_ON_DEVICE' && context.session.me.role === 'OFFICER') {
		offlineArea.append(actions.panel(consignment, OFFLINE_EVENTS, { ...context, afterRecord: outboxView.render }));
	}
}

/** "verified on this device, trust list of <time>" — for every device check, online or not. */
function deviceLine() {
	const device = result.device;
	if (!device) {
		return '';
	}
	const at = formatDateTime(device.trustListAt);
	return device.verdict === 'VALID_ON_DEVICE' ? t('verdict.device.genuine', { at }) : t('verdict.device.checked', { at });
}

/** Offline: the signed claims, plus status and location from the kept expected arrivals, if any. */
function offlineFacts() {
	const claims = result.device && result.device.claims;
	if (!claims) {
		return null;
	}
	const kept = result.kept && result.kept.view;
	return {
		number: claims.number, departurePost: claims.departurePost, destinationPost: claims.destinationPost,
		itinerary: claims.itinerary, seals: claims.seals,
		transport: { vehiclePlates: claims.vehiclePlates, containers: claims.containers },
		keptStatus: kept ? kept.status : null, keptAt: result.kept && result.kept.fetchedAt,
	};
}

function status(consignment) {
	if (!result.offline) {
		return t(`status.${consignment.status}`);
	}
	return consignment.keptStatus
		? t('verdict.keptStatus', { status: t(`status.${consignment.keptStatus}`), at: formatDateTime(consignment.keptAt) })
		: t('verdict.statusUnknown');
}

function fact(key, value) {
	return [h('dt', { i18n: key }), h('dd', {}, value)];
}

function list(values) {
	return values && values.length ? values.join(', ') : t('common.none');
}

export function route(consignment) {
	const countries = consignment.itinerary.map(countryName).join(' → ');
	return `${postLabel(consignment.departurePost)} → ${postLabel(consignment.destinationPost)} (${countries})`;
}
