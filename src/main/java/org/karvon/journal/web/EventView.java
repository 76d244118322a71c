package org.karvon.journal.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.karvon.journal.Anomaly;
import org.karvon.journal.StoredEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored event as clients see it. {@code details} holds the type-specific fields; {@code payload}
 * is the exact canonical text the hash covers, so anyone can recompute the chain; {@code logIndex} is the
 * entry's index in the transparency log (null until sequenced). Public because the
 * national feed (org.karvon.feed) carries events in exactly this shape.
 */
public record EventView(String id, long seq, String type, String post, String country, String officer, Instant occurredAt,
		Instant recordedAt, String remarks, Map<String, Object> details, List<String> anomalies, String payload,
		String prevHash, String hash, Long logIndex) {

	public static EventView of(StoredEvent event, JsonMapper json) {
		return of(event, null, json);
	}

	/** With its index in the transparency log, null until the entry is sequenced. */
	public static EventView of(StoredEvent event, Long logIndex, JsonMapper json) {
		Map<String, Object> details = new java.util.LinkedHashMap<>(
				json.readValue(event.payload(), new TypeReference<Map<String, Object>>() {
				}));
		Object remarks = details.remove("remarks");
		return new EventView(event.id().toString(), event.seq(), event.type().name(), event.postCode().toString(),
				event.country().toString(), event.officer(), event.occurredAt(), event.recordedAt(),
				remarks == null ? null : remarks.toString(), details, event.anomalies().stream().map(Anomaly::name).toList(),
				event.payload(), event.prevHash(), event.hash(), logIndex);
	}

}
