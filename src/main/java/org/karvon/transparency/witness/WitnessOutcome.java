package org.karvon.transparency.witness;

/** What a witness answers to an add-checkpoint request, as the tlog-witness protocol maps it to HTTP. */
public sealed interface WitnessOutcome {

	/** 200: the cosignature line(s) of this witness. */
	record Cosigned(String lines) implements WitnessOutcome {
	}

	/** 409: the old size is not the size of the last checkpoint this witness cosigned for the origin. */
	record SizeConflict(long size) implements WitnessOutcome {
	}

	/** 400 (malformed), 403 (log signature), 404 (unknown origin), 422 (not consistent). */
	record Refused(int status, String reason) implements WitnessOutcome {
	}

}
