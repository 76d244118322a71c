package org.karvon.feed.application;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national feed's settings (README "Event feed for national systems").
 *
 * @param brokerUrl {@code amqp://user:password@host:port/vhost}; empty: no relay, no connection attempt
 * @param pollInterval how often the relay looks for new entries (and refreshes the backlog metrics)
 * @param batchSize entries published per transaction
 * @param confirmTimeout how long to wait for the broker's publisher confirms of one batch
 * @param retention how long relayed entries stay in the outbox before they are pruned
 */
@ConfigurationProperties("karvon.feed")
public record FeedProperties(String brokerUrl, @DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("10s") Duration confirmTimeout,
		@DefaultValue("7d") Duration retention) {

	public Optional<URI> broker() {
		return brokerUrl == null || brokerUrl.isBlank() ? Optional.empty() : Optional.of(URI.create(brokerUrl.strip()));
	}

}
