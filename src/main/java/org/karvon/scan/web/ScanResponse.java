package org.karvon.scan.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.karvon.consignment.web.ConsignmentView;
import org.karvon.consignment.web.TransportView;
import org.karvon.scan.ScanOutcome;
import org.karvon.scan.Verdict;

/**
 * The answer to an officer's scan: the verdict and, for genuine codes, the record as the officer may
 * see it — whole, or the transport view at a post off the itinerary (null otherwise).
 */
record ScanResponse(Verdict verdict,
		@Schema(implementation = ConsignmentView.class, description = "The record as the officer may see it (at a post "
				+ "off the itinerary the transport view); null unless VALID, SUPERSEDED or CANCELLED") Object consignment) {

	static ScanResponse of(ScanOutcome outcome) {
		return new ScanResponse(outcome.verdict(),
				outcome.record().map((record) -> TransportView.of(record, outcome.visibility())).orElse(null));
	}

}
