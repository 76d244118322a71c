package org.karvon.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One chain entry waiting in the outbox. {@code seq} orders a consignment's entries in the feed;
 * {@code audience} are the member states it concerns, fixed when the entry was written. {@code entryHash} is
 * the hash of the chain entry it announces (a movement event, or a declaration entry; notices have none) and
 * {@code logIndex} its place in the transparency log when it was already sequenced at relay time.
 */
public record OutboxEntry(long id, String consignmentNumber, long seq, EntryKind kind, String type,
		Optional<String> entryRef, Optional<String> country, List<String> audience, Instant occurredAt,
		Optional<String> frozenData, Optional<String> entryHash, Optional<Long> logIndex) {

	public OutboxEntry {
		audience = List.copyOf(audience);
	}

	/** One message per member state concerned, each with an id that stays the same on every re-delivery. */
	public List<FeedMessage> fanOut(String data) {
		return audience.stream()
			.map((state) -> new FeedMessage(consignmentNumber + "-" + seq + "-" + state, state + "." + type,
					"org.karvon." + type, consignmentNumber, seq, occurredAt, data, entryHash, logIndex))
			.toList();
	}

}
