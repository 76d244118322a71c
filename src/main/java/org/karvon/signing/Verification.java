package org.karvon.signing;

/**
 * The outcome of checking a QR token. Bad input is an outcome, never an exception.
 */
public sealed interface Verification {

	/** The signature verifies with a key of the ring; the claims are what the issuer signed. */
	record Genuine(QrClaims claims, String kid) implements Verification {
	}

	/** A well-formed token for a known key whose signature does not verify: altered or forged. */
	record Forged(String kid) implements Verification {
	}

	/** A genuine signature by a key that was revoked (withdrawn, e.g. leaked): the record has a reissued code. */
	record Revoked(String kid) implements Verification {
	}

	/** A well-formed token naming a key the ring does not hold. */
	record UnknownKey(String kid) implements Verification {
	}

	/** Not a token this system issues: not a JWS, wrong algorithm, bad JSON, missing claims, too long. */
	record Malformed(String reason) implements Verification {
	}

}
