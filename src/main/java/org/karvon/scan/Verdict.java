package org.karvon.scan;

/**
 * What a scan says about a QR code. A forged code is an answer, never an error: the officer needs
 * to hear it as plainly as a valid one.
 */
public enum Verdict {

	/** Genuine and the current version of a live consignment. */
	VALID,
	/** Genuine but an older version: the carrier amended the declaration since it was printed. */
	SUPERSEDED,
	/** Genuine, but the consignment was cancelled. */
	CANCELLED,
	/** Signed with a known key but the signature does not verify, or it names no consignment we issued. */
	FORGED,
	/** A genuine signature by a key Karvon revoked (withdrawn): ask for the reissued document. */
	REVOKED,
	/** Well-formed, but signed by a key Karvon does not hold. */
	UNKNOWN_KEY,
	/** Not a Karvon token at all. */
	MALFORMED;

	/** Whether the code really was issued by Karvon, so the record may be shown. */
	public boolean isGenuine() {
		return this == VALID || this == SUPERSEDED || this == CANCELLED;
	}

}
