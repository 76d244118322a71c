package org.karvon.scan;

import java.util.Optional;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.signing.Verification;

/** The pure rules turning what we know about a code into a verdict. No I/O, no Spring. */
public final class Verdicts {

	private Verdicts() {
	}

	/**
	 * The token is byte for byte the one the server issued for the record's current version, or the
	 * officer typed the number: genuine and current, so only the status matters.
	 */
	public static ScanOutcome current(ConsignmentRecord record) {
		return ScanOutcome.of(isCancelled(record) ? Verdict.CANCELLED : Verdict.VALID, record);
	}

	/**
	 * A verified token and the record its number names, if there is one. A genuine signature over a
	 * number we never issued is treated as forged.
	 */
	public static ScanOutcome of(Verification verification, Optional<ConsignmentRecord> named) {
		if (verification instanceof Verification.Genuine genuine) {
			return named.map((record) -> ofGenuine(genuine, record)).orElseGet(() -> ScanOutcome.of(Verdict.FORGED));
		}
		if (verification instanceof Verification.Revoked) {
			return ScanOutcome.of(Verdict.REVOKED);
		}
		if (verification instanceof Verification.UnknownKey) {
			return ScanOutcome.of(Verdict.UNKNOWN_KEY);
		}
		return ScanOutcome.of((verification instanceof Verification.Forged) ? Verdict.FORGED : Verdict.MALFORMED);
	}

	private static ScanOutcome ofGenuine(Verification.Genuine genuine, ConsignmentRecord record) {
		if (isCancelled(record)) {
			return ScanOutcome.of(Verdict.CANCELLED, record);
		}
		boolean older = genuine.claims().version() < record.consignment().version();
		return ScanOutcome.of(older ? Verdict.SUPERSEDED : Verdict.VALID, record);
	}

	private static boolean isCancelled(ConsignmentRecord record) {
		return record.consignment().status() == ConsignmentStatus.CANCELLED;
	}

}
