package org.karvon.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker goes away and comes back: on a RabbitMQ node of the test's own, never the shared one. */
@IntegrationTest
class FeedBrokerOutageIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Pattern BACKLOG = Pattern.compile("(?m)^karvon_feed_backlog_entries\\S* (\\S+)$");

	static ThrowawayRabbit rabbit;

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) throws IOException {
		rabbit = ThrowawayRabbit.start();
		registry.add("karvon.feed.broker-url", rabbit::url);
	}

	@AfterAll
	static void stopBroker() {
		if (rabbit != null) {
			rabbit.close();
		}
	}

	@Test
	void keepsServingWhileTheBrokerIsDownAndDrainsTheOutboxWhenItReturns() throws Exception {
		String queue = "kz-customs-" + UUID.randomUUID();
		Trips trips = new Trips(api);
		List<Map<String, Object>> received = new ArrayList<>();
		String number;
		try (FeedConsumer before = FeedConsumer.durable(rabbit.url(), queue, "KZ.#")) {
			number = trips.register();
			trips.record(number, "DEPARTURE");
			before.await(PATIENCE, (feed) -> feed.about(number).size() >= 2);
			received.addAll(before.about(number));
		}

		rabbit.stopNode();
		Trips.KZ_TYPES.subList(2, Trips.KZ_TYPES.size()).forEach((type) -> trips.record(number, type));
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		awaitBacklog(4);

		rabbit.startNode();
		try (FeedConsumer after = FeedConsumer.durable(rabbit.url(), queue, "KZ.#")) {
			after.await(PATIENCE, (feed) -> feed.distinctAbout(number).size() >= 4);
			received.addAll(after.about(number));
		}
		Map<Object, Map<String, Object>> distinct = new LinkedHashMap<>();
		received.forEach((event) -> distinct.putIfAbsent(event.get("id"), event));
		assertThat(distinct.values()).extracting((event) -> event.get("_routingKey"))
			.containsExactlyElementsOf(Trips.KZ_TYPES.stream().map((type) -> "KZ." + type).toList());
		awaitBacklog(0);
	}

	private void awaitBacklog(long expected) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (backlog() != expected) {
			assertThat(System.nanoTime()).as("backlog reaches " + expected).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	private double backlog() {
		String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		Matcher matcher = BACKLOG.matcher(metrics);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
	}

}
