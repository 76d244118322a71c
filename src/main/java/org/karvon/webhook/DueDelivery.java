package org.karvon.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A delivery a dispatcher has claimed, with what it needs to send it: the endpoint's URL and secret and
 * the entry to render ({@code kind}/{@code entryRef} as in the feed outbox, {@code frozenData} for notices).
 * {@code attempts} counts this attempt.
 */
public record DueDelivery(UUID id, UUID endpointId, String url, String secret, String type, String consignmentNumber,
		String kind, Optional<String> entryRef, Instant occurredAt, Optional<String> frozenData, int attempts,
		Instant createdAt) {

	@Override
	public String toString() {
		return "DueDelivery[" + id + " " + type + " to " + url + "]";
	}

}
