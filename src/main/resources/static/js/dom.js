// Small DOM helpers: build elements without innerHTML, so data can never become markup.
import { t } from './i18n.js';

/**
 * h('p', { className: 'x', i18n: 'key', params: {...} }, child, …): children are nodes or data
 * strings (rendered as text). i18n sets the text from a message key.
 */
export function h(tag, props = {}, ...children) {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(props)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name === 'i18n') {
			el.dataset.i18n = value;
			if (props.params) {
				el.dataset.i18nParams = JSON.stringify(props.params);
			}
			el.textContent = t(value, props.params);
		}
		else if (name === 'params') {
			continue;
		}
		else if (name === 'dataset') {
			Object.assign(el.dataset, value);
		}
		else if (name.startsWith('on')) {
			el.addEventListener(name.slice(2).toLowerCase(), value);
		}
		else if (name in el && typeof value !== 'string') {
			el[name] = value;
		}
		else if (name === 'className') {
			el.className = value;
		}
		else {
			el.setAttribute(name, value === true ? '' : value);
		}
	}
	for (const child of children.flat()) {
		if (child !== undefined && child !== null && child !== false) {
			el.append(child instanceof Node ? child : String(child));
		}
	}
	return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

export function clear(el) {
	el.replaceChildren();
	return el;
}

/** A UUID for idempotent event ids, also outside secure contexts (plain http at a roadside post). */
export function uuid() {
	if (crypto.randomUUID) {
		return crypto.randomUUID();
	}
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Comma or whitespace separated list, upper-cased, without blanks. */
export function splitList(text) {
	return String(text || '').split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
}

/** Shows a problem+json error: its detail in box, each field error next to its input in form. */
export function showProblem(box, error, form) {
	clear(box);
	if (!error) {
		return;
	}
	const problem = error.problem || {};
	const fieldErrors = problem.errors || [];
	const generic = form && fieldErrors.length ? t('reg.fixErrors') : null;
	box.append(h('p', {}, generic || problem.detail || problem.title || t('error.generic')));
	const unmatched = [];
	const messages = new Map();
	for (const fieldError of fieldErrors) {
		const input = form && fieldInput(form, fieldError.field);
		if (input) {
			messages.set(input, [...(messages.get(input) || []), fieldError.message]);
		}
		else {
			unmatched.push(fieldError);
		}
	}
	messages.forEach((list, input) => setFieldError(input, list.join('; ')));
	if (unmatched.length) {
		box.append(h('ul', {}, unmatched.map((e) => h('li', {}, `${e.field}: ${e.message}`))));
	}
}

function fieldInput(form, path) {
	let candidate = String(path || '');
	while (candidate) {
		const input = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
		if (input) {
			return input;
		}
		const shorter = candidate.replace(/(\[\d+\]|\.[^.\[]+)$/, '');
		candidate = shorter === candidate ? '' : shorter;
	}
	return null;
}

/** Puts message (or nothing) under the input and marks it invalid for assistive technology. */
export function setFieldError(input, message) {
	const field = input.closest('.field') || input.parentElement;
	let note = field.querySelector('.field-error');
	if (!note) {
		note = h('small', { className: 'field-error', id: `${input.id}-error` });
		field.append(note);
		input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
	}
	note.textContent = message || '';
	input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

export function clearFieldErrors(form) {
	$$('.field-error', form).forEach((note) => { note.textContent = ''; });
	$$('[aria-invalid]', form).forEach((input) => input.setAttribute('aria-invalid', 'false'));
}
