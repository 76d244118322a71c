package org.karvon.webhook.web;

import java.util.UUID;

import org.karvon.journal.persistence.Journals;
import org.karvon.journal.web.EventView;
import org.karvon.webhook.DueDelivery;
import org.karvon.webhook.application.PayloadRenderer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Delivery bodies {@code {"type","timestamp","data"}}: a journal entry's {@code data} is the event
 * exactly as {@code GET /api/consignments/{number}/events} shows it plus {@code consignment} (its
 * number); a notice's is what Karvon froze when it announced it (as in the national feed).
 */
@Component
class EntryPayloads implements PayloadRenderer {

	private final Journals journals;

	private final JsonMapper json;

	EntryPayloads(Journals journals, JsonMapper json) {
		this.journals = journals;
		this.json = json;
	}

	@Override
	public Mono<String> body(DueDelivery delivery) {
		return data(delivery).map((data) -> {
			ObjectNode body = json.createObjectNode()
				.put("type", delivery.type())
				.put("timestamp", delivery.occurredAt().toString());
			body.set("data", data);
			return json.writeValueAsString(body);
		});
	}

	private Mono<JsonNode> data(DueDelivery delivery) {
		if (delivery.kind().equals("EVENT")) {
			return journals.event(UUID.fromString(delivery.entryRef().orElseThrow()))
				.map((event) -> {
					ObjectNode data = json.valueToTree(EventView.of(event, json));
					return (JsonNode) data.put("consignment", delivery.consignmentNumber());
				})
				.switchIfEmpty(Mono.error(() -> new IllegalStateException(delivery + " names no stored event")));
		}
		return Mono.just(delivery.frozenData().map(json::readTree)
			.orElseGet(() -> json.createObjectNode().put("number", delivery.consignmentNumber())));
	}

}
