package org.karvon.webhook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.karvon.kernel.FieldErrors;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.Validated;

/** A carrier's request to register an endpoint, validated: a well-formed target and known event types. */
public record EndpointDraft(WebhookTarget target, List<WebhookEventType> events) {

	public static Validated<EndpointDraft> parse(String url, List<String> events, boolean allowPrivate) {
		FieldErrors errors = new FieldErrors();
		WebhookTarget target = errors.check("url", () -> WebhookTarget.parse(url, allowPrivate));
		List<WebhookEventType> types = errors.each("events", events, 1, WebhookEventType.values().length * 2,
				EndpointDraft::eventType);
		return errors.toResult(() -> new EndpointDraft(target,
				List.copyOf(new LinkedHashSet<>(types.stream().filter(Objects::nonNull).toList()))));
	}

	private static WebhookEventType eventType(String raw) {
		return WebhookEventType.of(raw).orElseThrow(() -> new InvalidValueException("unknown event type '" + (raw == null ? "null" : raw.substring(0, Math.min(raw.length(), 60)))
				+ "'; one of consignment.departed, consignment.event, consignment.held, consignment.arrived, "
				+ "consignment.completed, consignment.overdue"));
	}

	public List<String> eventNames() {
		return events.stream().map(WebhookEventType::wireName).toList();
	}

}
