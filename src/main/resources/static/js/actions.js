// The officer's actions at their post: only the allowed events, short forms, confirmation, clear errors.
import { api } from './api.js';
import { h, clear, showProblem, clearFieldErrors, setFieldError, uuid, splitList } from './dom.js';
import { t } from './i18n.js';

const OPTIONS = {
	'inspection.result': ['NO_FINDINGS', 'FINDINGS', 'SAMPLES_TAKEN'],
	'seals.status': ['INTACT', 'BROKEN', 'REPLACED'],
	'incident.kind': ['ACCIDENT', 'TRANSSHIPMENT', 'BREAKDOWN', 'OTHER'],
};
const EXTRA = {
	INSPECTION: [['inspection.result', 'select'], ['inspection.findings', 'textarea']],
	SEAL_CHECK: [['seals.status', 'select'], ['seals.newSeals', 'input']],
	HOLD: [['hold.reason', 'textarea', true]],
	INCIDENT: [['incident.kind', 'select'], ['incident.description', 'textarea', true]],
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
		input = h('select', { id }, OPTIONS[path].map((value) => h('option', { value, i18n: `${path.split('.')[0]}.${value}` })));
	}
	else {
		input = h(kind, { id, required: required || undefined });
	}
	input.dataset.field = path;
	return h('div', { className: 'field' }, h('label', { for: id, i18n: `form.${path}` }), input);
}

function localNow() {
	const now = new Date();
	now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
	return now.toISOString().slice(0, 16);
}

function openForm(area, consignment, type, context) {
	const id = uuid();
	const problem = h('div', { className: 'problem', role: 'alert' });
	const when = h('input', { id: 'ev-occurredAt', type: 'datetime-local', value: localNow(), required: true });
	when.dataset.field = 'occurredAt';
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
		askToConfirm(problem, t('actions.confirm', { event: t(`event.${type}`), post: context.session.me.postCode }), async () => {
			await api(`/api/consignments/${consignment.number}/events`, { method: 'POST', json: body });
			context.flash('actions.recorded', { event: t(`event.${type}`) });
			const { reload } = await import('./record.js');
			await reload();
		}, form);
	});
	clear(area).append(form);
	form.querySelector('input, select, textarea').focus();
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
	const body = { id, type, occurredAt: new Date(value(form, 'occurredAt')).toISOString() };
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
