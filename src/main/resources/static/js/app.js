// Boot, session and hash routing. Views live in index.html as <section class="view">.
import { LANGUAGES, detectLanguage, setLanguage, onLanguageChange, currentLanguage, t } from './i18n.js';
import { api, setToken, token } from './api.js';
import { $, $$, h, clear } from './dom.js';
import { postLabel } from './names.js';
import * as login from './login.js';
import * as scan from './scan.js';
import * as verdict from './verdict.js';
import * as record from './record.js';
import * as expected from './expected.js';
import * as list from './list.js';
import * as overdue from './overdue.js';
import * as register from './register.js';
import * as outbox from './outbox.js';
import * as outboxView from './outbox-view.js';
import * as arrivals from './arrivals.js';
import * as users from './users.js';
import * as organizations from './organizations.js';
import * as webhooks from './webhooks.js';
import { remember, remembered, forget, reachable } from './session.js';
import { trustList } from './trust.js';

const routes = [
	{ pattern: /^#\/login$/, view: 'login', module: login, public: true },
	{ pattern: /^#\/scan$/, view: 'scan', module: scan, roles: ['OFFICER'] },
	{ pattern: /^#\/verdict$/, view: 'verdict', module: verdict, roles: ['OFFICER'] },
	{ pattern: /^#\/c\/([A-Za-z0-9]+)$/, view: 'record', module: record },
	{ pattern: /^#\/expected$/, view: 'expected', module: expected, roles: ['OFFICER'] },
	{ pattern: /^#\/overdue$/, view: 'overdue', module: overdue, roles: ['OFFICER'] },
	{ pattern: /^#\/consignments$/, view: 'consignments', module: list, roles: ['CARRIER', 'ADMIN'] },
	{ pattern: /^#\/new$/, view: 'register', module: register, roles: ['CARRIER'] },
	{ pattern: /^#\/edit\/([A-Za-z0-9]+)$/, view: 'register', module: register, roles: ['CARRIER'] },
	{ pattern: /^#\/admin\/users$/, view: 'users', module: users, roles: ['ADMIN', 'COUNTRY_ADMIN'] },
	{ pattern: /^#\/admin\/organizations$/, view: 'organizations', module: organizations, roles: ['ADMIN'] },
	{ pattern: /^#\/webhooks$/, view: 'webhooks', module: webhooks, roles: ['CARRIER'] },
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
	const homes = { OFFICER: '#/scan', COUNTRY_ADMIN: '#/admin/users' };
	return homes[session.me.role] || '#/consignments';
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
	$('#offline-badge').hidden = !(me && me.offline);
	if (me) {
		who.append(h('span', { i18n: `role.${me.role}` }), ' ', me.username, me.postCode ? ` · ${postLabel(me.postCode)}` : '');
	}
}

export async function signedIn(accessToken) {
	setToken(accessToken);
	session.me = await api('/api/me');
	remember(session.me);
	renderHeader();
	navigate(home());
	catchUp();
}

/** Online with a sign-in: send the queue, then refresh what the device keeps for offline use. */
function catchUp() {
	if (syncQueue()) {
		trustList().catch(() => undefined);
		arrivals.refresh(session.me).catch(() => undefined);
		overdue.count(session.me);
	}
}

/** Sends what waits in the queue, if an officer is signed in; false when nothing can be sent. */
function syncQueue() {
	const me = session.me;
	if (!me || me.offline || me.role !== 'OFFICER' || !token()) {
		return false;
	}
	outbox.sync(me.username).then(() => outboxView.render());
	return true;
}

/** The connection is back: an offline session needs a real sign-in before its queue can be sent. */
async function reconnected() {
	if (!session.me || !session.me.offline) {
		return catchUp();
	}
	if (token()) {
		try {
			session.me = await api('/api/me');
			renderHeader();
			return catchUp();
		}
		catch {
			return undefined;
		}
	}
	const waiting = (await outbox.entries(session.me.username)).some((e) => e.state === 'waiting');
	return signOut(waiting ? 'outbox.signInToSend' : null, true);
}

function signOut(messageKey, keepDevice = Boolean(messageKey)) {
	if (!keepDevice && session.me) {
		arrivals.forget(session.me.postCode);
		forget();
	}
	setToken(null);
	session.me = null;
	renderHeader();
	navigate('#/login');
	if (messageKey) {
		flash(messageKey);
	}
}

/** Opens for the officer this device remembers when the server cannot be reached. */
async function offlineSession() {
	const officer = remembered();
	if (officer && !(await reachable())) {
		return { ...officer, offline: true };
	}
	return null;
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
	window.addEventListener('online', reconnected);
	setInterval(() => navigator.onLine && syncQueue(), 30000);
	login.init({ signedIn });
	outboxView.init(() => session.me);
	if (token()) {
		try {
			session.me = await api('/api/me');
		}
		catch (error) {
			if (error.status !== 0) {
				setToken(null);
			}
			// no network: keep the token for when the link is back, open for the remembered officer
			session.me = error.status === 0 ? await offlineSession() : null;
		}
	}
	else {
		session.me = await offlineSession();
	}
	renderHeader();
	// routes follow the hash only once the session is known: a link followed during start-up would
	// otherwise be judged signed out and sent to the sign-in screen (route() below reads the hash anyway)
	window.addEventListener('hashchange', route);
	route();
	catchUp();
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
	}
}

boot();
