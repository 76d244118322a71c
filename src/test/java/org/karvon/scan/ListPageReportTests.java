package org.karvon.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karvon.scan.ListPageReport.PageVerdict;
import org.karvon.scan.ListPageReport.Result;
import org.karvon.signing.ContainerListPages;
import org.karvon.signing.Fixtures;
import org.karvon.signing.QrClaims;

import static org.assertj.core.api.Assertions.assertThat;

/** A block train's list pages judged against the digest its signed code carries. */
class ListPageReportTests {

	private final QrClaims train = Fixtures.blockTrain();

	private final List<String> list = this.train.containers();

	private final QrClaims signed = this.train.byContainerDigest();

	private final List<String> pages = ContainerListPages.pages(this.train.number(), 1, this.list);

	@Test
	void everyPageTogetherIsTheSignedList() {
		ListPageReport report = ListPageReport.of(this.signed, Optional.empty(), reversed(this.pages));

		assertThat(report.verdict()).isEqualTo(Result.COMPLETE);
		assertThat(report.pages()).hasSize(5).extracting(ListPageReport.PageResult::verdict).containsOnly(PageVerdict.UNCHECKED);
	}

	@Test
	void onePageMatchesItsPartOfTheListKarvonHoldsWhenThatListIsTheSignedOne() {
		ListPageReport online = ListPageReport.of(this.signed, Optional.of(this.list), List.of(this.pages.get(2)));
		ListPageReport offline = ListPageReport.of(this.signed, Optional.empty(), List.of(this.pages.get(2)));
		ListPageReport notTheSignedList = ListPageReport.of(this.signed, Optional.of(this.list.subList(1, 91)),
				List.of(this.pages.get(2)));

		assertThat(online.verdict()).isEqualTo(Result.PAGES_MATCH);
		assertThat(online.missing()).containsExactly(1, 2, 4, 5);
		assertThat(online.pages()).extracting(ListPageReport.PageResult::verdict).containsExactly(PageVerdict.MATCHES);
		assertThat(offline.verdict()).isEqualTo(Result.INCOMPLETE);
		assertThat(notTheSignedList.verdict()).isEqualTo(Result.INCOMPLETE);
	}

	@Test
	void aTamperedPageIsCaughtAloneOnlineAndWithTheOthersOffline() {
		String tampered = this.pages.get(1).replace("KZCU3054400", "KZCU3054999");
		List<String> all = new ArrayList<>(this.pages);
		all.set(1, tampered);

		assertThat(ListPageReport.of(this.signed, Optional.of(this.list), List.of(tampered)).verdict())
			.isEqualTo(Result.TAMPERED);
		assertThat(ListPageReport.of(this.signed, Optional.empty(), all).verdict()).isEqualTo(Result.TAMPERED);
	}

	@Test
	void aPageOfAnotherConsignmentOrVersionSaysSo() {
		String otherVersion = ContainerListPages.pages(this.train.number(), 2, this.list).get(0);
		String otherTrain = ContainerListPages.pages("26UZ9T3K7M2PX8Q4R1", 1, this.list).get(0);

		for (String page : List.of(otherVersion, otherTrain)) {
			ListPageReport report = ListPageReport.of(this.signed, Optional.of(this.list), List.of(page));
			assertThat(report.verdict()).as(page).isEqualTo(Result.OTHER_CONSIGNMENT);
			assertThat(report.pages()).extracting(ListPageReport.PageResult::verdict)
				.containsExactly(PageVerdict.OTHER_CONSIGNMENT);
		}
	}

	@Test
	void somethingThatIsNotAPageCodeIsMalformed() {
		ListPageReport report = ListPageReport.of(this.signed, Optional.of(this.list), List.of("KV1:NOT-A-PAGE"));

		assertThat(report.verdict()).isEqualTo(Result.MALFORMED);
		assertThat(report.pages()).extracting(ListPageReport.PageResult::verdict).containsExactly(PageVerdict.MALFORMED);
	}

	private static List<String> reversed(List<String> codes) {
		List<String> copy = new ArrayList<>(codes);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
