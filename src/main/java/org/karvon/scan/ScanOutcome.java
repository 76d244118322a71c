package org.karvon.scan;

import java.util.Objects;
import java.util.Optional;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.access.Visibility;

/**
 * A verdict and, for genuine codes only, the record it belongs to and how much of it the scanning
 * officer sees.
 */
public record ScanOutcome(Verdict verdict, Optional<ConsignmentRecord> record, Visibility visibility) {

	public ScanOutcome {
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(visibility, "visibility");
		record = verdict.isGenuine() ? record : Optional.empty();
	}

	public static ScanOutcome of(Verdict verdict) {
		return new ScanOutcome(verdict, Optional.empty(), Visibility.FULL);
	}

	public static ScanOutcome of(Verdict verdict, ConsignmentRecord record) {
		return new ScanOutcome(verdict, Optional.of(record), Visibility.FULL);
	}

	/** The outcome as this officer may see it: the record in that view, or none at all. */
	public ScanOutcome seenAs(Optional<Visibility> seen) {
		return seen.map((view) -> new ScanOutcome(this.verdict, this.record, view))
			.orElseGet(() -> new ScanOutcome(this.verdict, Optional.empty(), Visibility.FULL));
	}

}
