// The officer's actions at their post: only the allowed events, short forms, confirmation, clear errors.
import { ApiError } from './api.js';
import * as outbox from './outbox.js';
import { reason } from './outbox-view.js';
import { h, clear, showProblem, clearFieldErrors, setFieldError, uuid, splitList } from './dom.js';
import { t } from './i18n.js';

const OPTIONS = {
	'inspection.result': ['NO_FINDINGS', 'FINDINGS', 'SAMPLES_TAKEN'],
	'seals.status': ['INTACT', 'BROKEN', 'REPLACED'],
	'incident.kind': ['ACCIDENT', 'TRANSSHIPMENT', 'BREAKDOWN', 'OTHER'],
	'transshipment.mode': ['SEA', 'RAIL', 'ROAD', 'MULTIMODAL'],
};
/** Options named by another group of messages than their field's: a transshipment's mode is a mode. */
const OPTION_MESSAGES = { 'transshipment.mode': 'mode' };
const EXTRA = {
	INSPECTION: [['inspection.result', 'select'], ['inspection.findings', 'textarea']],
	SEAL_CHECK: [['seals.status', 'select'], ['seals.newSeals', 'input']],
	HOLD: [['hold.reason', 'textarea', true]],
	INCIDENT: [['incident.kind', 'select'], ['incident.description', 'textarea', true]],
	ENQUIRY: [['enquiry.outcome', 'textarea', true]],
	TRANSSHIPMENT: [['transshipment.mode', 'select'], ['transshipment.vehiclePlates', 'input'],
		['transshipment.wagons', 'textarea'], ['transshipment.vessel', 'input'], ['transshipment.newSeals', 'input', true]],
};

export function panel(consignment, allowed, context) {
	const area = h('div', { id: 'action-area' });
	const buttons = allowed.map((type) => h('button', {
		type: 'button', className: 'primary big', dataset: { event: type }, i18n: `event.${type}`,
		onClick: () => openForm(area, consignment, type, context),
	}));
	return h('section', { className: 'card', 'aria-labelledby': 'actions-heading' },
		h('h2', { id: 'actions-heading', i18n: 'actions.heading', params: { post: context.session.me.postCode } }),
		buttons.length ? h('div', { className: 'actions' }, buttons) : h('p', { className: 'muted', i18n: 'actions.none' }),
		area);
}

function field(path, kind, required) {
	const id = `ev-${path.replace('.', '-')}`;
	let input;
	if (kind === 'select') {
		const group = OPTION_MESSAGES[path] || path.split('.')[0];
		input = h('select', { id }, OPTIONS[path].map((value) => h('option', { value, i18n: `${group}.${value}` })));
	}
	else {
		input = h(kind, { id, required: required || undefined });
	}
	input.dataset.field = path;
	return h('div', { className: 'field' }, h('label', { for: id, i18n: `form.${path}` }), input);
}

/** Local wall-clock time to the second, as a datetime-local input shows it. */
function localInput(instant) {
	const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60000);
	return local.toISOString().slice(0, 19);
}

/**
 * The instant the event happened: the real one (to the millisecond) unless the officer changed the
 * time. A minute-precision time would date an EXIT recorded seconds after the departure before it.
 */
function occurredAt(input) {
	if (input.value === input.dataset.initial) {
		return new Date().toISOString();
	}
	return new Date(input.value).toISOString();
}

function openForm(area, consignment, type, context) {
	const id = uuid();
	const problem = h('div', { className: 'problem', role: 'alert' });
	const when = h('input', { id: 'ev-occurredAt', type: 'datetime-local', step: 1, value: localInput(new Date()), required: true });
	when.dataset.field = 'occurredAt';
	when.dataset.initial = when.value;
	const form = h('form', { className: 'card event-form', noValidate: true },
		h('h3', { i18n: `event.${type}` }),
		h('div', { className: 'field' }, h('label', { for: 'ev-occurredAt', i18n: 'form.occurredAt' }), when),
		(EXTRA[type] || []).map(([path, kind, required]) => field(path, kind, required)),
		field('remarks', 'textarea'),
		problem,
		h('div', { className: 'actions' },
			h('button', { type: 'submit', className: 'primary big', i18n: 'form.submit' }),
			h('button', { type: 'button', className: 'big', i18n: 'form.back', onClick: () => clear(area) })));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearFieldErrors(form);
		const body = request(form, id, type);
		if (!body) {
			return;
		}
		askToConfirm(problem, t('actions.confirm', { event: t(`event.${type}`), post: context.session.me.postCode }),
			() => record(consignment, body, context, area), form);
	});
	clear(area).append(form);
	form.querySelector('input, select, textarea').focus();
}

/**
 * Every event goes through the device's queue, so one recorded offline is kept and sent later; online
 * it is sent at once and a refusal shows here as before (and stays listed in the queue).
 */
async function record(consignment, body, context, area) {
	const entry = await outbox.enqueue(consignment.number, body, context.session.me);
	await outbox.sync(context.session.me.username);
	const now = (await outbox.entries(context.session.me.username)).find((e) => e.id === entry.id) || entry;
	if (now.state === 'refused') {
		throw new ApiError(now.status, { code: now.code, detail: reason(now) });
	}
	context.flash(now.state === 'sent' ? 'actions.recorded' : 'outbox.queued', { event: t(`event.${body.type}`) });
	if (context.afterRecord) {
		clear(area);
		return context.afterRecord();
	}
	return context.reload();
}

function value(form, path) {
	const input = form.querySelector(`[data-field="${path}"]`);
	return input ? input.value.trim() : '';
}

function request(form, id, type) {
	const missing = [...form.querySelectorAll('[required]')].filter((input) => !input.value.trim());
	missing.forEach((input) => setFieldError(input, t('val.required')));
	if (missing.length) {
		missing[0].focus();
		return null;
	}
	const body = { id, type, occurredAt: occurredAt(form.querySelector('[data-field="occurredAt"]')) };
	if (value(form, 'remarks')) {
		body.remarks = value(form, 'remarks');
	}
	if (type === 'INSPECTION') {
		body.inspection = { result: value(form, 'inspection.result'), findings: value(form, 'inspection.findings') || undefined };
	}
	if (type === 'SEAL_CHECK') {
		body.seals = { status: value(form, 'seals.status'), newSeals: splitList(value(form, 'seals.newSeals')) };
	}
	if (type === 'HOLD') {
		body.hold = { reason: value(form, 'hold.reason') };
	}
	if (type === 'INCIDENT') {
		body.incident = { kind: value(form, 'incident.kind'), description: value(form, 'incident.description') };
	}
	if (type === 'ENQUIRY') {
		body.enquiry = { outcome: value(form, 'enquiry.outcome') };
	}
	if (type === 'TRANSSHIPMENT') {
		body.transshipment = {
			mode: value(form, 'transshipment.mode'), vehiclePlates: splitList(value(form, 'transshipment.vehiclePlates')),
			wagons: splitList(value(form, 'transshipment.wagons')), vessel: value(form, 'transshipment.vessel') || undefined,
			newSeals: splitList(value(form, 'transshipment.newSeals')),
		};
	}
	return body;
}

/** Asks "are you sure?" inline (next to problem), runs action on yes and shows its errors in problem. */
export function askToConfirm(problem, question, action, form) {
	const box = h('div', { className: 'confirm', role: 'alertdialog', 'aria-label': question });
	const no = h('button', { type: 'button', className: 'big', i18n: 'dialog.no', onClick: () => box.remove() });
	const yes = h('button', {
		type: 'button', className: 'primary big', id: 'confirm-yes', i18n: 'dialog.yes',
		onClick: async () => {
			yes.disabled = true;
			try {
				await action();
				box.remove();
			}
			catch (error) {
				box.remove();
				showProblem(problem, error, form);
			}
		},
	});
	showProblem(problem, null);
	problem.before(box);
	box.append(h('p', {}, question), h('div', { className: 'actions' }, yes, no));
	yes.focus();
}
