package org.karvon.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.journal.Journals.aJournalOf;

class HashChainTests {

	@Test
	void verifiesAnIntactJournalAndReportsItsHead() {
		List<StoredEvent> journal = aJournalOf(6);

		ChainVerification verification = HashChain.verify(journal);

		assertThat(verification.valid()).isTrue();
		assertThat(verification.events()).isEqualTo(6);
		assertThat(verification.head()).isEqualTo(journal.get(5).hash()).hasSize(64);
	}

	@Test
	void startsFromTheGenesisHash() {
		assertThat(aJournalOf(1).get(0).prevHash()).isEqualTo("0".repeat(64));
		assertThat(HashChain.verify(List.of()).head()).isEqualTo(HashChain.GENESIS);
	}

	@Test
	void encodesEachFieldWithItsLengthInAFixedOrder() {
		CanonicalEvent event = aJournalOf(1).get(0).canonical();

		String encoded = new String(HashChain.encode(event, HashChain.GENESIS), StandardCharsets.UTF_8);

		assertThat(encoded).startsWith("format:17:karvon-journal-v1\nprevHash:64:" + HashChain.GENESIS + "\n")
			.contains("\nseq:1:1\n", "\ntype:9:DEPARTURE\n", "\noccurredAt:24:2025-05-02T06:00:00.123Z\n")
			.endsWith("\nanomalies:0:\n");
	}

	@Test
	void ignoresPrecisionBelowMilliseconds() {
		StoredEvent event = aJournalOf(1).get(0);
		Instant withNanos = event.occurredAt().plusNanos(999_999);

		assertThat(HashChain.hash(event.canonical(), HashChain.GENESIS)).isEqualTo(HashChain.hash(new CanonicalEvent(
				event.id(), event.consignmentNumber(), 1, event.type(), event.postCode(), event.country(), event.officer(),
				withNanos, event.recordedAt(), event.payload(), event.anomalies()), HashChain.GENESIS));
	}

	@Test
	void reportsTheFirstEventThatWasRemoved() {
		List<StoredEvent> journal = new ArrayList<>(aJournalOf(5));
		journal.remove(2);

		ChainVerification verification = HashChain.verify(journal);

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAtSeq()).hasValue(4);
		assertThat(verification.reason()).contains("expected seq 3");
	}

	@Test
	void reportsAnEventWhoseContentNoLongerMatchesItsHash() {
		List<StoredEvent> journal = new ArrayList<>(aJournalOf(3));
		StoredEvent e = journal.get(1);
		journal.set(1, new StoredEvent(e.id(), e.consignmentNumber(), e.seq(), e.type(), e.postCode(), e.country(),
				"intruder", e.occurredAt(), e.recordedAt(), e.payload(), e.anomalies(), e.prevHash(), e.hash()));

		assertThat(HashChain.verify(journal).brokenAtSeq()).hasValue(2);
		assertThat(HashChain.verify(journal).reason()).contains("content does not match its hash");
	}

}
