package org.karvon.scan.web;

import java.util.List;

import org.karvon.scan.ListPageReport;
import org.karvon.scan.application.ListPageChecks;
import org.karvon.signing.Verification;

/**
 * The answer to a list page check: {@code token} is the verdict on the consignment's own code
 * ({@code GENUINE}, {@code FORGED}, {@code UNKNOWN_KEY}, {@code MALFORMED}); {@code verdict} the one on
 * the pages together; {@code count} how many containers and wagons the signed list has.
 */
record ListPageResponse(String token, String verdict, String number, Integer version, Integer count,
		List<ListPageReport.PageResult> pages, List<Integer> missing) {

	static ListPageResponse of(ListPageChecks.Checked checked) {
		ListPageReport report = checked.report();
		if (checked.token() instanceof Verification.Genuine genuine) {
			return new ListPageResponse("GENUINE", report.verdict().name(), genuine.claims().number(),
					genuine.claims().version(), genuine.claims().containerDigest().count(), report.pages(),
					report.missing());
		}
		String token = (checked.token() instanceof Verification.Forged) ? "FORGED"
				: (checked.token() instanceof Verification.UnknownKey) ? "UNKNOWN_KEY" : "MALFORMED";
		return new ListPageResponse(token, report.verdict().name(), null, null, null, List.of(), List.of());
	}

}
