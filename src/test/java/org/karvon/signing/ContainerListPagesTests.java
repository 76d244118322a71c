package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.signing.ContainerListPages.Check;

class ContainerListPagesTests {

	private final QrClaims train = Fixtures.blockTrain();

	private final List<String> pages = ContainerListPages.pages(this.train.number(), 1, this.train.containers());

	@Test
	void splitsTheListIntoPagesOfTwentyInPlainAlphanumericText() {
		assertThat(this.pages).hasSize(5);
		assertThat(this.pages.get(0)).startsWith("KVL1:26UZ7B3T9R2AIN4X15:1:1/5:KZCU3054380 KZCU3054381 ")
			.matches("[0-9A-Z $%*+\\-./:]+");
		assertThat(this.pages.get(4)).startsWith("KVL1:26UZ7B3T9R2AIN4X15:1:5/5:KZCU3054460 ").endsWith(" KZCU3054470");
		assertThat(ContainerListPages.parse(this.pages.get(4)).orElseThrow().containers()).hasSize(11);
	}

	@Test
	void confirmsTheWholeListAgainstTheSignedDigestInAnyScanOrder() {
		List<String> shuffled = new ArrayList<>(this.pages);
		Collections.reverse(shuffled);
		shuffled.add(this.pages.get(2));

		assertThat(ContainerListPages.verify(this.train.byContainerDigest(), shuffled))
			.isEqualTo(new Check.Complete(this.train.containers()));
	}

	@Test
	void saysWhichPagesAreStillMissing() {
		assertThat(ContainerListPages.verify(this.train, List.of(this.pages.get(0), this.pages.get(3))))
			.isEqualTo(new Check.Incomplete(List.of(2, 3, 5)));
	}

	@Test
	void refusesAListThatIsNotTheSignedOne() {
		List<String> swapped = new ArrayList<>(this.pages);
		swapped.set(0, swapped.get(0).replace("KZCU3054390", "KZCU3054999"));
		List<String> otherVersion = new ArrayList<>(this.pages);
		otherVersion.set(0, otherVersion.get(0).replace(":1:1/5:", ":2:1/5:"));
		List<String> reordered = ContainerListPages.pages(this.train.number(), 1, reversed(this.train.containers()));

		assertThat(ContainerListPages.verify(this.train, swapped)).isInstanceOf(Check.Mismatch.class);
		assertThat(ContainerListPages.verify(this.train, otherVersion)).isInstanceOf(Check.Mismatch.class);
		assertThat(ContainerListPages.verify(this.train, reordered)).isInstanceOf(Check.Mismatch.class);
		assertThat(ContainerListPages.verify(this.train, List.of(this.pages.get(0), this.pages.get(0).replace("3054380", "3054388"))))
			.isInstanceOf(Check.Mismatch.class);
	}

	@Test
	void refusesCodesThatAreNotListPages() {
		for (String code : new String[] { "", "KVL1:", "KVL1:26UZ:1:6/5:KZCU3054380", "KVL1:26UZ:1:1/5:kzcu3054380",
				"KVL1:26UZ:1:1/5:KZCU3054380  KZCU3054381", "KVL1:26UZ:0:1/5:KZCU3054380", "KVL1:26UZ:1:1/5:" + "A ".repeat(300) }) {
			assertThat(ContainerListPages.verify(this.train, List.of(code))).as(code).isInstanceOf(Check.Malformed.class);
		}
		assertThat(ContainerListPages.verify(this.train, List.of())).isInstanceOf(Check.Malformed.class);
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
