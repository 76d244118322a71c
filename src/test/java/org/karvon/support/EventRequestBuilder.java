package org.karvon.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Movement events as a border-post device sends them: {@code anEvent("EXIT").build()},
 * {@code aSealCheck("REPLACED", "KZ0000001").build()}. Each gets a fresh client-chosen id.
 */
public final class EventRequestBuilder {

	private final Map<String, Object> request = new LinkedHashMap<>();

	private EventRequestBuilder(String type) {
		request.put("id", UUID.randomUUID().toString());
		request.put("type", type);
		request.put("occurredAt", Instant.now().minusSeconds(1).toString());
	}

	public static EventRequestBuilder anEvent(String type) {
		return new EventRequestBuilder(type);
	}

	public static EventRequestBuilder aSealCheck(String status, String... newSeals) {
		return anEvent("SEAL_CHECK").with("seals", Map.of("status", status, "newSeals", List.of(newSeals)));
	}

	public static EventRequestBuilder aHold(String reason) {
		return anEvent("HOLD").with("hold", Map.of("reason", reason));
	}

	public static EventRequestBuilder anInspection(String result) {
		return anEvent("INSPECTION").with("inspection", Map.of("result", result, "findings", "checked the load"));
	}

	public static EventRequestBuilder anEnquiry(String outcome) {
		return anEvent("ENQUIRY").with("enquiry", Map.of("outcome", outcome));
	}

	public EventRequestBuilder withId(String id) {
		return with("id", id);
	}

	public EventRequestBuilder with(String field, Object value) {
		request.put(field, value);
		return this;
	}

	public Map<String, Object> build() {
		return new LinkedHashMap<>(request);
	}

}
