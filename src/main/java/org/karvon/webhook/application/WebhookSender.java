package org.karvon.webhook.application;

import java.util.Map;

import org.karvon.webhook.AttemptResult;
import org.karvon.webhook.WebhookTarget;
import reactor.core.publisher.Mono;

/**
 * Makes one attempt: POSTs the body to the target with the headers, connected to an address that was
 * checked after resolution. Never errors: every way an attempt ends is an {@link AttemptResult}.
 */
public interface WebhookSender {

	Mono<AttemptResult> post(WebhookTarget target, Map<String, String> headers, String body);

}
