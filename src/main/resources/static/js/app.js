// Boot, session and hash routing. Views live in index.html as <section class="view">.
import { LANGUAGES, detectLanguage, setLanguage, onLanguageChange, currentLanguage, t } from './i18n.js';
import { api, setToken, token } from './api.js';
import { $, $$, h, clear } from './dom.js';
import * as login from './login.js';
import * as scan from './scan.js';
import * as verdict from './verdict.js';
import * as record from './record.js';
import * as expected from './expected.js';
import * as list from './list.js';
import * as register from './register.js';

const routes = [
	{ pattern: /^#\/login$/, view: 'login', module: login, public: true },
	{ pattern: /^#\/scan$/, view: 'scan', module: scan, roles: ['OFFICER'] },
	{ pattern: /^#\/verdict$/, view: 'verdict', module: verdict, roles: ['OFFICER'] },
	{ pattern: /^#\/c\/([A-Za-z0-9]+)$/, view: 'record', module: record },
	{ pattern: /^#\/expected$/, view: 'expected', module: expected, roles: ['OFFICER'] },
	{ pattern: /^#\/consignments$/, view: 'consignments', module: list, roles: ['CARRIER', 'ADMIN'] },
	{ pattern: /^#\/new$/, view: 'register', module: register, roles: ['CARRIER'] },
	{ pattern: /^#\/edit\/([A-Za-z0-9]+)$/, view: 'register', module: register, roles: ['CARRIER'] },
];

const session = { me: null };
let current = null;

export function navigate(hash) {
	if (location.hash === hash) {
		route();
	}
	else {
		location.hash = hash;
	}
}

export function flash(key, params) {
	const box = clear($('#flash'));
	box.append(h('p', { i18n: key, params }));
	setTimeout(() => box.firstChild && box.firstChild.dataset.i18n === key && clear(box), 6000);
}

function home() {
	if (!session.me) {
		return '#/login';
	}
	return session.me.role === 'OFFICER' ? '#/scan' : '#/consignments';
}

async function route() {
	const hash = location.hash || home();
	const match = routes.map((r) => ({ r, m: hash.match(r.pattern) })).find((x) => x.m);
	if (!match) {
		return show({ view: 'notfound', module: null }, []);
	}
	if (!match.r.public && !session.me) {
		return navigate('#/login');
	}
	if (match.r.roles && !match.r.roles.includes(session.me.role)) {
		return navigate(home());
	}
	return show(match.r, match.m.slice(1));
}

async function show(target, params) {
	if (current && current.module && current.module.hide && current.module !== target.module) {
		current.module.hide();
	}
	current = target;
	$$('.view').forEach((section) => { section.hidden = section.id !== `view-${target.view}`; });
	$$('#nav a').forEach((link) => link.setAttribute('aria-current', link.getAttribute('href') === location.hash ? 'page' : 'false'));
	if (target.module) {
		await target.module.show({ params, session, navigate, flash });
	}
	if (target.view !== 'verdict') {
		const heading = $(`#view-${target.view} h1`);
		if (heading) {
			heading.tabIndex = -1;
			heading.focus();
		}
	}
}

function renderHeader() {
	const me = session.me;
	$('#nav').hidden = !me;
	$('#logout').hidden = !me;
	$$('#nav a').forEach((link) => { link.hidden = !me || !link.dataset.role.split(' ').includes(me.role); });
	const who = clear($('#who'));
	if (me) {
		who.append(h('span', { i18n: `role.${me.role}` }), ' ', me.username, me.postCode ? ` · ${me.postCode}` : '');
	}
}

export async function signedIn(accessToken) {
	setToken(accessToken);
	session.me = await api('/api/me');
	renderHeader();
	navigate(home());
}

function signOut(messageKey) {
	setToken(null);
	session.me = null;
	renderHeader();
	navigate('#/login');
	if (messageKey) {
		flash(messageKey);
	}
}

function languageSwitcher() {
	const select = $('#language');
	clear(select).append(...LANGUAGES.map((code) => h('option', { value: code, i18n: `lang.${code}` })));
	select.value = currentLanguage();
	select.addEventListener('change', () => setLanguage(select.value));
	onLanguageChange((code) => {
		select.value = code;
		renderHeader();
		if (current && current.module && current.module.refresh) {
			current.module.refresh();
		}
	});
}

async function boot() {
	await setLanguage(detectLanguage());
	languageSwitcher();
	$('#logout').addEventListener('click', () => signOut());
	window.addEventListener('karvon:expired', () => signOut('error.sessionExpired'));
	window.addEventListener('hashchange', route);
	login.init({ signedIn });
	if (token()) {
		try {
			session.me = await api('/api/me');
		}
		catch {
			setToken(null);
		}
	}
	renderHeader();
	route();
}

boot();
