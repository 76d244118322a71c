// A block train's list pages, checked against the consignment's scanned code: by the server when the
// network is there (each page against its part of the signed list), on the device otherwise (the
// whole list against the signed digest once every page is read).
import { api } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { checkPages } from './token/listpages.js';

/** The panel, or null when the code lists every container itself (no list pages to check). */
export function listPanel(result) {
	const claims = result.device && result.device.verdict === 'VALID_ON_DEVICE' ? result.device.claims : null;
	const digest = claims && claims.containerDigest;
	if (!digest || digest.count <= claims.containers.length || !result.qr) {
		return null;
	}
	const codes = h('textarea', { id: 'listpages-codes', rows: 4 });
	const answer = h('p', { id: 'listpages-verdict', role: 'status', 'aria-live': 'polite' });
	const check = h('button', {
		type: 'button', className: 'primary big', id: 'listpages-check', i18n: 'listpages.check',
		onClick: async () => show(answer, await verdictFor(result.qr, claims, lines(codes.value))),
	});
	return h('section', { className: 'card', id: 'listpages' },
		h('h2', { i18n: 'listpages.heading', params: { count: digest.count } }),
		h('div', { className: 'field' }, h('label', { for: 'listpages-codes', i18n: 'listpages.codes' }), codes),
		h('div', { className: 'actions' }, check), answer);
}

function lines(text) {
	return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

async function verdictFor(qr, claims, pages) {
	try {
		const answer = await api('/api/scans/list-page', { method: 'POST', json: { qr, pages } });
		return { verdict: answer.verdict, missing: answer.missing || [], onDevice: false };
	}
	catch (error) {
		if (error.status !== 0) {
			return { verdict: 'MALFORMED', missing: [], onDevice: false };
		}
		return { ...(await checkPages(claims, pages)), onDevice: true };
	}
}

function show(element, checked) {
	element.dataset.verdict = checked.verdict;
	const parts = [t(`listpages.verdict.${checked.verdict}`)];
	if (checked.missing.length) {
		parts.push(t('listpages.missing', { pages: checked.missing.join(', ') }));
	}
	if (checked.onDevice) {
		parts.push(t('listpages.onDevice'));
	}
	element.textContent = parts.join(' ');
}
