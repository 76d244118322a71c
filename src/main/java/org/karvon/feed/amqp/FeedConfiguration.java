package org.karvon.feed.amqp;

import io.micrometer.core.instrument.MeterRegistry;
import org.karvon.feed.application.FeedMetrics;
import org.karvon.feed.application.FeedProperties;
import org.karvon.feed.application.FeedRelay;
import org.karvon.feed.persistence.FeedOutbox;
import org.karvon.journal.persistence.Journals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The relay exists only when {@code KARVON_BROKER_URL} is set: without it Karvon opens no connection
 * and starts no relay (the outbox still fills, so the feed starts with the full history once enabled).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${karvon.feed.broker-url:}'.trim() != ''")
class FeedConfiguration {

	@Bean(destroyMethod = "close")
	RabbitBroker feedBroker(FeedProperties properties, JsonMapper json) {
		return new RabbitBroker(properties.broker().orElseThrow(), properties.confirmTimeout(), new CloudEventJson(json));
	}

	@Bean
	FeedMetrics feedMetrics(MeterRegistry registry) {
		return new FeedMetrics(registry);
	}

	@Bean
	FeedRelay feedRelay(FeedOutbox outbox, Journals journals, JsonMapper json, RabbitBroker broker,
			TransactionalOperator transaction, FeedProperties properties, FeedMetrics metrics) {
		return new FeedRelay(outbox, new EntryViews(journals, json), broker, transaction, properties, metrics);
	}

}
