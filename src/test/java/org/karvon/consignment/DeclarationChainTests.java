package org.karvon.consignment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationChainTests {

	static final String NUMBER = "UZ26TAS0000000001X";

	static final Instant AT = Instant.parse("2026-11-23T08:00:00.123Z");

	static final String FIRST = "{\"departurePost\":\"UZTAS\"}";

	static final String SECOND = "{\"departurePost\":\"UZYAL\"}";

	@Test
	void encodesTheDocumentedLayoutByteForByte() {
		DeclarationEntry entry = new DeclarationEntry(NUMBER, 1, 1, DeclarationKind.REGISTERED, "", Optional.empty(),
				"a".repeat(64), DeclarationChain.GENESIS, "", AT);
		assertThat(new String(DeclarationChain.encode(entry), StandardCharsets.UTF_8)).isEqualTo("""
				format:21:karvon-declaration-v1
				prevHash:64:%s
				consignmentNumber:18:UZ26TAS0000000001X
				seq:1:1
				version:1:1
				kind:10:REGISTERED
				postCode:0:
				at:24:2026-11-23T08:00:00.123Z
				declarationHash:64:%s
				""".formatted("0".repeat(64), "a".repeat(64)));
	}

	/** The same vectors as the SQL of V30 gives ({@code declaration_entry_hash}), and sha256sum of the layout. */
	@Test
	void hashesFixedVectors() {
		assertThat(DeclarationChain.hash(new DeclarationEntry(NUMBER, 1, 1, DeclarationKind.REGISTERED, "",
				Optional.empty(), "a".repeat(64), "0".repeat(64), "", AT)))
			.isEqualTo("5ab440c302e134ed4997617fd82918257128e96deac64cb8d7ecc126f475b6b2");
		assertThat(DeclarationChain.hash(new DeclarationEntry(NUMBER, 3, 2, DeclarationKind.GRANTED, "KZALA",
				Optional.empty(), "b".repeat(64), "c".repeat(64), "", AT)))
			.isEqualTo("3d72da4f0fadcc4701ab7ea18d72e202133ccbf3396476162374115dbcd6a054");
		assertThat(DeclarationChain.declarationHash("{\"a\":\"é\"}"))
			.isEqualTo("b3a092a6af48807fa9482b2ee140105575daa26d5b24b3c0e60a7e2dee6683b1");
	}

	@Test
	void acceptsAnHonestHistoryThatEndsWhereTheRecordIs() {
		var verification = DeclarationChain.verify(history(), new DeclarationChain.Declared(2, true, SECOND));
		assertThat(verification.valid()).isTrue();
		assertThat(verification.entries()).isEqualTo(4);
		assertThat(verification.head()).isEqualTo(history().get(3).hash());
	}

	@Test
	void reportsAnEditedDeclarationOfAnOldVersion() {
		List<DeclarationEntry> entries = new ArrayList<>(history());
		DeclarationEntry first = entries.get(0);
		entries.set(0, new DeclarationEntry(NUMBER, 1, 1, first.kind(), "", Optional.of("{\"departurePost\":\"KZALA\"}"),
				first.declarationHash(), first.prevHash(), first.hash(), first.at()));
		var verification = DeclarationChain.verify(entries, new DeclarationChain.Declared(2, true, SECOND));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAtSeq()).hasValue(1);
		assertThat(verification.reason()).hasValueSatisfying((r) -> assertThat(r).contains("declarationHash"));
	}

	@Test
	void reportsARecomputedEntryThatNoLongerLinks() {
		List<DeclarationEntry> entries = new ArrayList<>(history());
		entries.set(1, DeclarationEntry.chain(NUMBER, 2, 2, DeclarationKind.AMENDED, "", "", Optional.of("{}"),
				entries.get(0).hash(), AT));
		var verification = DeclarationChain.verify(entries, new DeclarationChain.Declared(2, true, SECOND));
		assertThat(verification.brokenAtSeq()).hasValue(3);
		assertThat(verification.reason()).hasValueSatisfying((r) -> assertThat(r).contains("prevHash"));
	}

	@Test
	void reportsARecordThatDisagreesWithItsChain() {
		assertThat(DeclarationChain.verify(history(), new DeclarationChain.Declared(3, true, SECOND)).reason())
			.hasValue("the record is at version 3 but its declaration chain at version 2");
		assertThat(DeclarationChain.verify(history(), new DeclarationChain.Declared(2, false, SECOND)).reason())
			.hasValue("the declaration chain records a cancellation the record does not show");
		assertThat(DeclarationChain.verify(history().subList(0, 2), new DeclarationChain.Declared(2, true, SECOND))
			.reason()).hasValue("the record is CANCELLED but its declaration chain records no cancellation");
		var edited = DeclarationChain.verify(history(), new DeclarationChain.Declared(2, true, FIRST));
		assertThat(edited.valid()).isFalse();
		assertThat(edited.brokenAtSeq()).isEmpty();
		assertThat(edited.reason()).hasValue("the record's declaration differs from version 2 in its chain");
	}

	@Test
	void refusesAnAmendmentThatSkipsAVersionAndACancellationThatChangesTheDeclaration() {
		List<DeclarationEntry> skipping = List.of(history().get(0), DeclarationEntry.chain(NUMBER, 2, 3,
				DeclarationKind.AMENDED, "", "", Optional.of(SECOND), history().get(0).hash(), AT));
		assertThat(DeclarationChain.verify(skipping, new DeclarationChain.Declared(3, false, SECOND)).reason())
			.hasValue("declaration entry 2: AMENDED at version 3 where 2 was expected");
		List<DeclarationEntry> swapping = List.of(history().get(0), DeclarationEntry.chain(NUMBER, 2, 1,
				DeclarationKind.CANCELLED, "", "f".repeat(64), Optional.empty(), history().get(0).hash(), AT));
		assertThat(DeclarationChain.verify(swapping, new DeclarationChain.Declared(1, true, FIRST)).reason())
			.hasValue("declaration entry 2: CANCELLED does not repeat the declarationHash of version 1");
	}

	@Test
	void saysARecordWithoutHistoryHasNone() {
		assertThat(DeclarationChain.verify(List.of(), new DeclarationChain.Declared(1, false, FIRST)).reason())
			.hasValue("the record has no declaration history");
	}

	/** Registered, amended, granted to KZALA, cancelled. */
	static List<DeclarationEntry> history() {
		DeclarationEntry registered = DeclarationEntry.chain(NUMBER, 1, 1, DeclarationKind.REGISTERED, "", "",
				Optional.of(FIRST), DeclarationChain.GENESIS, AT);
		DeclarationEntry amended = DeclarationEntry.chain(NUMBER, 2, 2, DeclarationKind.AMENDED, "", "",
				Optional.of(SECOND), registered.hash(), AT.plusSeconds(60));
		DeclarationEntry granted = DeclarationEntry.chain(NUMBER, 3, 2, DeclarationKind.GRANTED, "KZALA",
				amended.declarationHash(), Optional.empty(), amended.hash(), AT.plusSeconds(120));
		DeclarationEntry cancelled = DeclarationEntry.chain(NUMBER, 4, 2, DeclarationKind.CANCELLED, "",
				amended.declarationHash(), Optional.empty(), granted.hash(), AT.plusSeconds(180));
		return List.of(registered, amended, granted, cancelled);
	}

}
