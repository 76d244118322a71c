package org.karvon.scan;

import java.util.Objects;
import java.util.Optional;

import org.karvon.consignment.ConsignmentRecord;

/** A verdict and, for genuine codes only, the record it belongs to. */
public record ScanOutcome(Verdict verdict, Optional<ConsignmentRecord> record) {

	public ScanOutcome {
		Objects.requireNonNull(verdict, "verdict");
		record = verdict.isGenuine() ? record : Optional.empty();
	}

	static ScanOutcome of(Verdict verdict) {
		return new ScanOutcome(verdict, Optional.empty());
	}

	static ScanOutcome of(Verdict verdict, ConsignmentRecord record) {
		return new ScanOutcome(verdict, Optional.of(record));
	}

}
