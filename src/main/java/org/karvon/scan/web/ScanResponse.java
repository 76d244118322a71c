package org.karvon.scan.web;

import org.karvon.consignment.web.ConsignmentView;
import org.karvon.scan.ScanOutcome;
import org.karvon.scan.Verdict;

/** The answer to an officer's scan: the verdict and, for genuine codes, the record (null otherwise). */
record ScanResponse(Verdict verdict, ConsignmentView consignment) {

	static ScanResponse of(ScanOutcome outcome) {
		return new ScanResponse(outcome.verdict(), outcome.record().map(ConsignmentView::of).orElse(null));
	}

}
