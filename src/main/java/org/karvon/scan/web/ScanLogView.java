package org.karvon.scan.web;

import java.time.Instant;

import org.karvon.scan.ScanEntry;
import org.karvon.scan.ScanMethod;
import org.karvon.scan.Verdict;

/** One scan as the consignment's owner sees it; {@code granted} when it opened the record to a post off the itinerary. */
record ScanLogView(Instant at, String officer, String post, String country, Verdict verdict, ScanMethod method,
		boolean granted) {

	static ScanLogView of(ScanEntry entry) {
		return new ScanLogView(entry.at(), entry.officer(), entry.post(), entry.country(), entry.verdict(),
				entry.method(), entry.granted());
	}

}
