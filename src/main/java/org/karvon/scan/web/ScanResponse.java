package org.karvon.scan.web;

import org.karvon.consignment.web.TransportView;
import org.karvon.scan.ScanOutcome;
import org.karvon.scan.Verdict;

/**
 * The answer to an officer's scan: the verdict and, for genuine codes, the record as the officer may
 * see it — whole, or the transport view at a post off the itinerary (null otherwise).
 */
record ScanResponse(Verdict verdict, Object consignment) {

	static ScanResponse of(ScanOutcome outcome) {
		return new ScanResponse(outcome.verdict(),
				outcome.record().map((record) -> TransportView.of(record, outcome.visibility())).orElse(null));
	}

}
