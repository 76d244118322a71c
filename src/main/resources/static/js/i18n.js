// Message bundles, the language choice and Intl formatting. Every visible string comes from here.
import { loadNames, countryName } from './names.js';

export const LANGUAGES = ['en', 'ru', 'uz', 'kk', 'ky', 'tg', 'tk', 'az'];
const INTL_LOCALES = { uz: 'uz-Latn', az: 'az-Latn', tg: 'tg-Cyrl', tk: 'tk-Latn' };
const STORE = 'karvon.language';

let language = 'en';
let messages = {};
const listeners = [];

export function detectLanguage() {
	const stored = localStorage.getItem(STORE);
	if (LANGUAGES.includes(stored)) {
		return stored;
	}
	for (const tag of navigator.languages || [navigator.language]) {
		const primary = String(tag).toLowerCase().split('-')[0];
		if (LANGUAGES.includes(primary)) {
			return primary;
		}
	}
	return 'en';
}

export async function setLanguage(code) {
	const [response] = await Promise.all([fetch(`/i18n/${code}.json`, { cache: 'no-cache' }), loadNames(code)]);
	messages = await response.json();
	language = code;
	localStorage.setItem(STORE, code);
	document.documentElement.lang = code;
	document.title = t('app.title');
	translate(document);
	listeners.forEach((listener) => listener(code));
}

export function currentLanguage() {
	return language;
}

export function onLanguageChange(listener) {
	listeners.push(listener);
}

/** The message for key with {name} placeholders filled in; the key itself when missing. */
export function t(key, params = {}) {
	const text = messages[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

export function has(key) {
	return key in messages;
}

export function translate(root) {
	root.querySelectorAll('[data-i18n]').forEach((el) => {
		el.textContent = t(el.dataset.i18n, el.dataset.i18nParams ? JSON.parse(el.dataset.i18nParams) : {});
	});
	root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
	root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)));
	root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
}

function locale() {
	return INTL_LOCALES[language] || language;
}

export function formatDateTime(iso) {
	if (!iso) {
		return '';
	}
	return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value, options = {}) {
	const number = Number(value);
	return Number.isFinite(number) ? new Intl.NumberFormat(locale(), options).format(number) : String(value ?? '');
}

export function formatMoney(money) {
	if (!money) {
		return '';
	}
	try {
		return new Intl.NumberFormat(locale(), { style: 'currency', currency: money.currency }).format(Number(money.amount));
	}
	catch {
		return `${formatNumber(money.amount)} ${money.currency}`;
	}
}

/** Country names come from Karvon's own bundles (names.js); re-exported for the views that import them here. */
export { countryName };
