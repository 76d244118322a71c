package org.karvon.feed.amqp;

import org.junit.jupiter.api.Test;
import org.karvon.feed.application.FeedRelay;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Without KARVON_BROKER_URL there is no relay and no broker client (so nothing ever connects). */
class FeedConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(FeedConfiguration.class);

	@Test
	void startsNoRelayWithoutABrokerUrl() {
		context.run((started) -> assertThat(started).doesNotHaveBean(FeedRelay.class).doesNotHaveBean(RabbitBroker.class));
	}

	@Test
	void startsNoRelayWithABlankBrokerUrl() {
		context.withPropertyValues("karvon.feed.broker-url=  ")
			.run((started) -> assertThat(started).doesNotHaveBean(FeedRelay.class).doesNotHaveBean(RabbitBroker.class));
	}

}
