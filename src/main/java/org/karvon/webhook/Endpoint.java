package org.karvon.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A carrier organization's registered webhook endpoint; its secret is never part of it after registration. */
public record Endpoint(UUID id, UUID organizationId, String url, List<String> events, boolean enabled,
		Optional<String> disabledReason, Instant createdAt) {

	public Endpoint {
		events = List.copyOf(events);
	}

}
