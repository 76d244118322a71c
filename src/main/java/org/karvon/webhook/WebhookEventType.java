package org.karvon.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an endpoint subscribes to (api-contract "Carrier webhooks"). Which outbox entry announces which
 * type is decided by the database ({@code webhook_types} in schema V23), in the entry's transaction.
 */
public enum WebhookEventType {

	DEPARTED("consignment.departed"), EVENT("consignment.event"), HELD("consignment.held"),
	ARRIVED("consignment.arrived"), COMPLETED("consignment.completed"), OVERDUE("consignment.overdue");

	private final String wireName;

	WebhookEventType(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return wireName;
	}

	public static Optional<WebhookEventType> of(String wireName) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(wireName)).findFirst();
	}

}
