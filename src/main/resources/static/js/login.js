// The sign-in form: POST /api/auth/token with JSON, keep the token in sessionStorage.
import { api } from './api.js';
import { $, showProblem } from './dom.js';
import { t } from './i18n.js';

let onSignedIn;

export function init({ signedIn }) {
	onSignedIn = signedIn;
	$('#login-form').addEventListener('submit', submit);
}

export function show() {
	showProblem($('#login-form .problem'), null);
}

async function submit(event) {
	event.preventDefault();
	const form = event.target;
	const button = form.querySelector('button[type=submit]');
	button.disabled = true;
	try {
		const body = await api('/api/auth/token', {
			method: 'POST',
			json: { username: form.username.value.trim(), password: form.password.value },
		});
		form.password.value = '';
		await onSignedIn(body.accessToken);
	}
	catch (error) {
		if (error.status === 401) {
			error.problem = { detail: t('login.failed') };
		}
		showProblem(form.querySelector('.problem'), error);
		form.password.select();
	}
	finally {
		button.disabled = false;
	}
}
