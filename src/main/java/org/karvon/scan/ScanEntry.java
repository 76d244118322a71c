package org.karvon.scan;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the append-only scan log: who scanned what, where and when, what they were told, and
 * whether the scan opened the record to a post off its itinerary ({@code granted}).
 */
public record ScanEntry(Instant at, String officer, String post, String country, Verdict verdict,
		Optional<String> number, ScanMethod method, boolean granted) {

	public ScanEntry withGrant() {
		return new ScanEntry(this.at, this.officer, this.post, this.country, this.verdict, this.number, this.method, true);
	}

}
