// Verifies today's QR token (JWS compact, EdDSA, kid → JWKS) on the device with WebCrypto Ed25519.
// Mirrors org.karvon.signing.QrTokenVerifier rule for rule, so both give the same verdict for any text:
// MALFORMED (not a token Karvon issues), UNKNOWN_KEY (kid not in the trust list), FORGED (the
// signature does not verify), VALID_ON_DEVICE (genuine; the status is only known online).
export const MAX_LENGTH = 2000;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const SIGNATURE_SIZE = 64;
const keyCache = new Map();

const malformed = (reason) => ({ verdict: 'MALFORMED', reason, claims: null });

/** Strict base64url: alphabet only, no padding, and re-encoding gives back exactly the segment. */
export function decodeSegment(segment) {
	if (!SEGMENT.test(segment) || segment.length % 4 === 1) {
		return null;
	}
	let binary;
	try {
		binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
	}
	catch {
		return null;
	}
	const reencoded = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	return reencoded === segment ? Uint8Array.from(binary, (c) => c.charCodeAt(0)) : null;
}

function parseObject(bytes) {
	const value = JSON.parse(new TextDecoder().decode(bytes));
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new SyntaxError('not a JSON object');
	}
	return value;
}

async function publicKey(jwk) {
	const cacheKey = `${jwk.kid}:${jwk.x}`;
	if (!keyCache.has(cacheKey)) {
		keyCache.set(cacheKey, crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
			{ name: 'Ed25519' }, false, ['verify']));
	}
	return keyCache.get(cacheKey);
}

/** The JWKS entry for kid, if it is an Ed25519 public key. */
function findKey(jwks, kid) {
	const keys = (jwks && Array.isArray(jwks.keys)) ? jwks.keys : [];
	return keys.find((k) => k && k.kid === kid && k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.x === 'string');
}

export async function verifyJwsToken(text, jwks) {
	if (typeof text !== 'string' || !text) {
		return malformed('empty');
	}
	if (text.length > MAX_LENGTH) {
		return malformed('too long');
	}
	const parts = text.split('.');
	if (parts.length !== 3) {
		return malformed('not a JWS compact serialization');
	}
	const [header, payload, signature] = parts.map(decodeSegment);
	if (!header || !payload || !signature) {
		return malformed('not canonical base64url');
	}
	let json;
	try {
		json = parseObject(header);
	}
	catch {
		return malformed('header is not JSON');
	}
	if (json.alg !== 'EdDSA' || 'crit' in json || Object.keys(json).length !== 2 || typeof json.kid !== 'string') {
		return malformed('header must be exactly {"alg":"EdDSA","kid":…}');
	}
	const jwk = findKey(jwks, json.kid);
	if (!jwk) {
		return { verdict: 'UNKNOWN_KEY', kid: json.kid, claims: null };
	}
	const signingInput = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
	const genuine = signature.length === SIGNATURE_SIZE
		&& await crypto.subtle.verify({ name: 'Ed25519' }, await publicKey(jwk), signature, signingInput);
	if (!genuine) {
		return { verdict: 'FORGED', kid: json.kid, claims: null };
	}
	const claims = readClaims(payload);
	return claims ? { verdict: 'VALID_ON_DEVICE', kid: json.kid, claims } : malformed('claims');
}

const text = (value) => typeof value === 'string' && value.trim() !== '';
const strings = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const optional = (value) => (value === undefined || value === null ? [] : value);

/** The claims of QrClaims (n, v, iat, dp, ds, it, pl, ct, sl) in readable names; null when invalid. */
function readClaims(bytes) {
	let c;
	try {
		c = parseObject(bytes);
	}
	catch {
		return null;
	}
	const lists = [c.pl, c.ct, c.sl].map(optional);
	const valid = text(c.n) && Number.isInteger(c.v) && c.v >= 1 && c.v <= 2147483647 && Number.isInteger(c.iat)
		&& text(c.dp) && text(c.ds) && strings(c.it) && c.it.length > 0 && lists.every(strings);
	if (!valid) {
		return null;
	}
	return {
		number: c.n, version: c.v, issuedAt: new Date(c.iat * 1000).toISOString(), departurePost: c.dp,
		destinationPost: c.ds, itinerary: c.it, vehiclePlates: lists[0], containers: lists[1], seals: lists[2],
	};
}
