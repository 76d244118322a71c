// On-device verdict for any scanned text: the compact COSE format (KV1:…) or today's JWS.
// Both return { verdict: 'VALID_ON_DEVICE' | 'REVOKED' | 'FORGED' | 'UNKNOWN_KEY' | 'MALFORMED', claims }.
// REVOKED: a genuine signature by a key Karvon withdrew (listed at /api/trust/revoked with its public key):
// the code must not be trusted; the record has a reissued code.
import { verifyJwsToken } from './jws.js';

const COSE_PREFIX = 'KV1:';

export async function verifyOnDevice(text, jwks, revoked = []) {
	const verdict = await verifyWith(text, jwks);
	if (verdict.verdict !== 'UNKNOWN_KEY' || !Array.isArray(revoked) || revoked.length === 0) {
		return verdict;
	}
	const withdrawn = await verifyWith(text, { keys: revoked });
	if (withdrawn.verdict === 'VALID_ON_DEVICE') {
		return { verdict: 'REVOKED', kid: withdrawn.kid, claims: null };
	}
	return withdrawn.verdict === 'FORGED' ? withdrawn : verdict;
}

async function verifyWith(text, jwks) {
	if (typeof text === 'string' && text.startsWith(COSE_PREFIX)) {
		let cose;
		try {
			cose = await import('./cose.js');
		}
		catch {
			// a build without the compact format: the code cannot be checked here, never "genuine"
			return { verdict: 'MALFORMED', claims: null };
		}
		return cose.verifyCoseToken(text, jwks);
	}
	return verifyJwsToken(text, jwks);
}
