// Calls Karvon's API with the bearer token kept in sessionStorage (never a cookie: no CSRF surface).
import { t } from './i18n.js';

const TOKEN = 'karvon.token';

export class ApiError extends Error {
	constructor(status, problem) {
		super(problem.detail || problem.title || String(status));
		this.status = status;
		this.problem = problem;
	}
}

export function token() {
	return sessionStorage.getItem(TOKEN);
}

export function setToken(value) {
	if (value) {
		sessionStorage.setItem(TOKEN, value);
	}
	else {
		sessionStorage.removeItem(TOKEN);
	}
}

export function authHeaders(extra = {}) {
	const headers = { ...extra };
	if (token()) {
		headers.Authorization = `Bearer ${token()}`;
	}
	return headers;
}

/** fetch with the token; JSON in (json option) and out; throws ApiError with the problem+json body. */
export async function api(path, { method = 'GET', json, body, signal, raw = false, accept = 'application/json' } = {}) {
	const headers = authHeaders({ Accept: `${accept}, application/problem+json` });
	if (json !== undefined) {
		headers['Content-Type'] = 'application/json';
		body = JSON.stringify(json);
	}
	let response;
	try {
		response = await fetch(path, { method, headers, body, signal });
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError(0, { detail: t('error.network') });
	}
	if (response.status === 401 && token()) {
		setToken(null);
		window.dispatchEvent(new CustomEvent('karvon:expired'));
	}
	if (!response.ok) {
		let problem = {};
		try {
			problem = await response.json();
		}
		catch {
			problem = { detail: t('error.generic') };
		}
		throw new ApiError(response.status, problem);
	}
	if (raw) {
		return response;
	}
	const text = await response.text();
	return text ? JSON.parse(text) : null;
}

/** Downloads a protected file: fetch with the token, then save the blob through an object URL. */
export async function download(path, filename) {
	const response = await api(path, { raw: true, accept: '*/*' });
	const blob = await response.blob();
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60000);
}
