package org.karvon.webhook.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.karvon.webhook.Endpoint;

/** An endpoint as its carrier sees it; {@code secret} only in the answer to its registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EndpointView(String id, String url, List<String> events, boolean enabled, String disabledReason,
		Instant createdAt, String secret) {

	static EndpointView of(Endpoint endpoint, String secret) {
		return new EndpointView(endpoint.id().toString(), endpoint.url(), endpoint.events(), endpoint.enabled(),
				endpoint.disabledReason().orElse(null), endpoint.createdAt(), secret);
	}

}
