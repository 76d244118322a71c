package org.karvon.scan;

import java.time.Instant;
import java.util.Optional;

/** One row of the append-only scan log: who scanned what, where and when, and what they were told. */
public record ScanEntry(Instant at, String officer, String post, String country, Verdict verdict,
		Optional<String> number, ScanMethod method) {
}
