package org.karvon.webhook.application;

import java.time.Duration;

import org.karvon.webhook.RetryPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Carrier webhooks' settings (README "Carrier webhooks").
 *
 * @param allowPrivate deliver to private, loopback and link-local addresses and over plain http (development, tests)
 * @param maxEndpoints endpoints per carrier organization
 * @param pollInterval how often a dispatcher looks for due deliveries
 * @param batchSize deliveries claimed at once (and sent concurrently)
 * @param lease how long a claimed delivery is left to its dispatcher before another may take it
 * @param connectTimeout TCP and TLS connection timeout of one attempt
 * @param responseTimeout how long to wait for the answer's status line
 * @param initialBackoff delay after the first failed attempt; it doubles per attempt (with jitter)
 * @param maxBackoff the longest delay between attempts
 * @param retryFor how long after its creation a delivery is retried before it has failed
 * @param disableAfter failed deliveries in a row that disable an endpoint
 */
@ConfigurationProperties("karvon.webhook")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivate, @DefaultValue("10") int maxEndpoints,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("60s") Duration lease, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration responseTimeout, @DefaultValue("30s") Duration initialBackoff,
		@DefaultValue("2h") Duration maxBackoff, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("3") int disableAfter) {

	public RetryPolicy retryPolicy() {
		return new RetryPolicy(initialBackoff, maxBackoff, retryFor);
	}

}
