package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.MrnCheck;
import org.karvon.kernel.PostCode;

/**
 * Hash-chained journals for tests.
 */
final class Journals {

	static final ConsignmentNumber NUMBER = ConsignmentNumber.parse("25UZ2345678ABCDEF"
			+ MrnCheck.checkCharacterOf("25UZ2345678ABCDEF"));

	private static final String[] POSTS = { "UZTAS", "UZYAL", "KZZHZ", "KZZHZ", "KZALA", "KZALA" };

	private static final EventType[] TYPES = { EventType.DEPARTURE, EventType.EXIT, EventType.ENTRY,
			EventType.SEAL_CHECK, EventType.ARRIVAL, EventType.COMPLETION };

	private Journals() {
	}

	/** A chain of {@code size} events along the Tashkent → Almaty route (repeating it when longer). */
	static List<StoredEvent> aJournalOf(int size) {
		List<StoredEvent> events = new ArrayList<>();
		String prevHash = HashChain.GENESIS;
		for (int i = 0; i < size; i++) {
			PostCode post = PostCode.parse(POSTS[i % POSTS.length]);
			Instant at = Instant.parse("2025-05-02T06:00:00.123Z").plusSeconds(3600L * i);
			CanonicalEvent event = new CanonicalEvent(new UUID(7, i), NUMBER, i + 1, TYPES[i % TYPES.length], post,
					post.country(), "officer" + (i % 3), at, at.plusMillis(1500), "{\"remarks\":\"event " + i + "\"}",
					(i % 4 == 3) ? List.of(Anomaly.WRONG_POST) : List.of());
			StoredEvent stored = StoredEvent.chain(event, prevHash);
			events.add(stored);
			prevHash = stored.hash();
		}
		return events;
	}

}
