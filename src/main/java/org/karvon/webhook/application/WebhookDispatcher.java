package org.karvon.webhook.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.karvon.webhook.AttemptResult;
import org.karvon.webhook.DueDelivery;
import org.karvon.webhook.RetryPolicy;
import org.karvon.webhook.WebhookSignature;
import org.karvon.webhook.WebhookTarget;
import org.karvon.webhook.persistence.WebhookDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Every tick claims a batch (the claim commits at once, see
 * {@link WebhookDeliveries#claim}), sends them concurrently outside any transaction — a slow receiver
 * holds no database connection — and records each attempt: success; a retry at the backoff's next
 * time; or, when the retry window has closed, a failed delivery that counts towards disabling its
 * endpoint. Every instance runs one; the claim keeps them from sending a delivery twice.
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookDeliveries deliveries;

	private final PayloadRenderer renderer;

	private final WebhookSender sender;

	private final WebhookProperties properties;

	private final RetryPolicy retries;

	private volatile Disposable running;

	WebhookDispatcher(WebhookDeliveries deliveries, PayloadRenderer renderer, WebhookSender sender,
			WebhookProperties properties) {
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.sender = sender;
		this.properties = properties;
		this.retries = properties.retryPolicy();
	}

	@Override
	public void start() {
		running = Flux.interval(properties.pollInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> dispatchDue().onErrorResume((ex) -> {
				log.warn("Webhook dispatcher: tick failed, deliveries stay due: {}", ex.toString());
				return Mono.empty();
			}), 0)
			.subscribe();
	}

	/** Sends one batch of due deliveries; completes when every attempt is recorded. */
	Mono<Void> dispatchDue() {
		return deliveries.claim(properties.batchSize(), properties.lease())
			.flatMap(this::attempt, properties.batchSize())
			.then();
	}

	private Mono<Void> attempt(DueDelivery delivery) {
		return renderer.body(delivery)
			.flatMap((body) -> sender.post(WebhookTarget.parse(delivery.url(), properties.allowPrivate()), headers(delivery, body), body))
			.onErrorResume((ex) -> Mono.just(AttemptResult.failed("not sent: " + ex.getMessage())))
			.flatMap((result) -> record(delivery, result));
	}

	private Map<String, String> headers(DueDelivery delivery, String body) {
		String id = delivery.id().toString();
		long timestamp = Instant.now().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", id);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, body));
		return headers;
	}

	private Mono<Void> record(DueDelivery delivery, AttemptResult result) {
		if (result.succeeded()) {
			return deliveries.succeeded(delivery.id(), result);
		}
		return retries.nextAttempt(delivery.createdAt(), delivery.attempts(), Instant.now(), ThreadLocalRandom.current()::nextDouble)
			.map((next) -> deliveries.retryAt(delivery.id(), result, next))
			.orElseGet(() -> deliveries.gaveUp(delivery.id(), result, properties.disableAfter())
				.doOnNext((disabled) -> {
					if (disabled) {
						log.info("Webhook endpoint {} disabled after {} failed deliveries", delivery.endpointId(),
								properties.disableAfter());
					}
				})
				.then());
	}

	@Override
	public void stop() {
		Disposable subscription = running;
		if (subscription != null) {
			subscription.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}

}
