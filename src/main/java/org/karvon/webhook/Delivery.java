package org.karvon.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One line of an endpoint's delivery log. {@code nextAttemptAt} is present while it is pending. */
public record Delivery(UUID id, String type, String consignmentNumber, DeliveryStatus status, int attempts,
		Optional<Integer> lastResponseCode, Optional<String> lastError, Optional<Instant> lastAttemptAt,
		Optional<Instant> nextAttemptAt, Instant createdAt) {

}
