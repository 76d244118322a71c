// The document's list pages, KVL1:<number>:<version>:<page>/<pages>:<number> <number> …, checked on
// the device against the count and SHA-256 digest of the container and wagon list that a verified
// KV1 token carries (claims.containerDigest). No network: the pages are judged by the signature alone,
// so a single page can only be placed (right consignment and version); the list is judged once every
// page is read. The same rules as ContainerListPages.verify on the server.
const PAGE = /^KVL1:([0-9A-Z]{1,30}):([1-9][0-9]{0,8}):([1-9][0-9]?)\/([1-9][0-9]?):([0-9A-Z]{1,20}(?: [0-9A-Z]{1,20}){0,19})$/;
const MAX_CODE_LENGTH = 400;
const MAX_PAGES = 50;

/** One page code read, or null when it is not exactly in the page format. */
export function parsePage(code) {
	if (typeof code !== 'string' || code.length > MAX_CODE_LENGTH) return null;
	const match = PAGE.exec(code);
	if (!match) return null;
	const page = Number(match[3]);
	const pages = Number(match[4]);
	if (page > pages) return null;
	return { number: match[1], version: Number(match[2]), page, pages, numbers: match[5].split(' ') };
}

async function digestOf(numbers) {
	const text = numbers.map((n) => `${n}\n`).join('');
	const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * {verdict: 'COMPLETE' | 'INCOMPLETE' | 'OTHER_CONSIGNMENT' | 'TAMPERED' | 'MALFORMED', missing: [page…]}
 * for scanned codes (any order, repeats allowed) against the claims of a token verified on the device.
 */
export async function checkPages(claims, codes) {
	const distinct = [...new Set(codes)];
	if (distinct.length === 0 || distinct.length > MAX_PAGES) return { verdict: 'MALFORMED', missing: [] };
	const byIndex = new Map();
	let pages = null;
	for (const code of distinct) {
		const page = parsePage(code);
		if (!page) return { verdict: 'MALFORMED', missing: [] };
		if (page.number !== claims.number || page.version !== claims.version) return { verdict: 'OTHER_CONSIGNMENT', missing: [] };
		if (byIndex.has(page.page) || (pages !== null && page.pages !== pages)) return { verdict: 'TAMPERED', missing: [] };
		pages = page.pages;
		byIndex.set(page.page, page);
	}
	const missing = [];
	const numbers = [];
	for (let index = 1; index <= pages; index++) {
		if (byIndex.has(index)) numbers.push(...byIndex.get(index).numbers);
		else missing.push(index);
	}
	const signed = claims.containerDigest;
	if (numbers.length > signed.count) return { verdict: 'TAMPERED', missing: [] };
	if (missing.length) return { verdict: 'INCOMPLETE', missing };
	return { verdict: await digestOf(numbers) === signed.sha256 ? 'COMPLETE' : 'TAMPERED', missing: [] };
}
