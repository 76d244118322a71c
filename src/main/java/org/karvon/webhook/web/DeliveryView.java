package org.karvon.webhook.web;

import java.time.Instant;

import org.karvon.webhook.Delivery;

/** One line of the delivery log; {@code nextAttemptAt} while {@code PENDING}. */
record DeliveryView(String id, String type, String consignment, String status, int attempts, Integer lastResponseCode,
		String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant createdAt) {

	static DeliveryView of(Delivery delivery) {
		return new DeliveryView(delivery.id().toString(), delivery.type(), delivery.consignmentNumber(),
				delivery.status().name(), delivery.attempts(), delivery.lastResponseCode().orElse(null),
				delivery.lastError().orElse(null), delivery.lastAttemptAt().orElse(null),
				delivery.nextAttemptAt().orElse(null), delivery.createdAt());
	}

}
