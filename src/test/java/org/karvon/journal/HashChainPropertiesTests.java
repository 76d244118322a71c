package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.consignment.MrnCheck;
import org.karvon.kernel.PostCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.journal.Journals.aJournalOf;

class HashChainPropertiesTests {

	enum Field {
		ID, NUMBER, SEQ, TYPE, POST, COUNTRY, OFFICER, OCCURRED_AT, RECORDED_AT, PAYLOAD, ANOMALIES, PREV_HASH, HASH
	}

	@Property(tries = 300)
	void detectsAnySingleFieldChangeToAnyEvent(@ForAll @IntRange(min = 1, max = 8) int size,
			@ForAll @IntRange(min = 0, max = 7) int position, @ForAll Field field) {
		List<StoredEvent> journal = new ArrayList<>(aJournalOf(size));
		int index = position % size;
		journal.set(index, tamper(journal.get(index), field));

		ChainVerification verification = HashChain.verify(journal);

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAtSeq()).hasValue(journal.get(index).seq());
	}

	private static StoredEvent tamper(StoredEvent e, Field field) {
		return new StoredEvent(
				(field == Field.ID) ? UUID.randomUUID() : e.id(),
				(field == Field.NUMBER) ? otherNumber() : e.consignmentNumber(),
				(field == Field.SEQ) ? e.seq() + 100 : e.seq(),
				(field == Field.TYPE) ? EventType.values()[(e.type().ordinal() + 1) % EventType.values().length] : e.type(),
				(field == Field.POST) ? PostCode.parse(e.postCode().value().startsWith("UZ") ? "UZOYB" : "KZKOR") : e.postCode(),
				(field == Field.COUNTRY) ? CountryCode.parse("TJ") : e.country(),
				(field == Field.OFFICER) ? e.officer() + "x" : e.officer(),
				(field == Field.OCCURRED_AT) ? e.occurredAt().plus(Duration.ofMillis(1)) : e.occurredAt(),
				(field == Field.RECORDED_AT) ? e.recordedAt().minus(Duration.ofMillis(1)) : e.recordedAt(),
				(field == Field.PAYLOAD) ? e.payload().replace("event", "evente") : e.payload(),
				(field == Field.ANOMALIES) ? (e.anomalies().isEmpty() ? List.of(Anomaly.ROUTE_DEVIATION) : List.of())
						: e.anomalies(),
				(field == Field.PREV_HASH) ? flipLast(e.prevHash()) : e.prevHash(),
				(field == Field.HASH) ? flipLast(e.hash()) : e.hash());
	}

	private static ConsignmentNumber otherNumber() {
		return ConsignmentNumber.parse("25KZ2345678ABCDEF" + MrnCheck.checkCharacterOf("25KZ2345678ABCDEF"));
	}

	private static String flipLast(String hex) {
		return hex.substring(0, 63) + ((hex.charAt(63) == '0') ? '1' : '0');
	}

}
