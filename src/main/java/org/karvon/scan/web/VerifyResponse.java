package org.karvon.scan.web;

import org.karvon.scan.ScanOutcome;
import org.karvon.scan.Verdict;

/**
 * The public answer: the verdict, and for genuine codes the number and status — nothing about the
 * parties, goods, vehicles or seals.
 */
record VerifyResponse(Verdict verdict, String number, String status) {

	static VerifyResponse of(ScanOutcome outcome) {
		return new VerifyResponse(outcome.verdict(),
				outcome.record().map((record) -> record.number().toString()).orElse(null),
				outcome.record().map((record) -> record.consignment().status().name()).orElse(null));
	}

}
