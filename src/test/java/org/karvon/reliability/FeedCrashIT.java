package org.karvon.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karvon.feed.FeedConsumer;
import org.karvon.feed.Trips;
import org.karvon.support.Api;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Karvon processes on one database, both relaying the feed to the shared RabbitMQ: the stream is
 * never doubled, and a relay killed with SIGKILL loses nothing and repeats only messages with the
 * ids they already had.
 */
class FeedCrashIT {

	private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/%2f";

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	static ThrowawayCluster cluster;

	static KarvonProcess first;

	static KarvonProcess second;

	@BeforeAll
	static void start() throws Exception {
		cluster = ThrowawayCluster.create();
		// small, frequent batches: a kill lands inside a batch more often
		Map<String, String> feed = Map.of("KARVON_BROKER_URL", BROKER, "KARVON_FEED_BATCH_SIZE", "5",
				"KARVON_FEED_POLL_INTERVAL", "50ms");
		first = KarvonProcess.start("feed-first", cluster.url(), feed);
		second = KarvonProcess.start("feed-second", cluster.url(), feed);
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			if (first != null) {
				first.close();
			}
			if (second != null) {
				second.close();
			}
		}
		finally {
			if (cluster != null) {
				cluster.close();
			}
		}
	}

	@Test
	void twoRelayingInstancesNeverDoubleTheStream() throws Exception {
		try (FeedConsumer kazakhstan = FeedConsumer.bound(BROKER, "KZ.#")) {
			List<String> numbers = new ArrayList<>();
			Trips viaFirst = new Trips(api(first));
			Trips viaSecond = new Trips(api(second));
			for (int i = 0; i < 3; i++) {
				numbers.add(viaFirst.travel());
				numbers.add(viaSecond.travel());
			}
			kazakhstan.await(PATIENCE, (feed) -> numbers.stream()
				.allMatch((number) -> feed.distinctAbout(number).size() == Trips.KZ_TYPES.size()));
			Thread.sleep(2000);
			for (String number : numbers) {
				assertThat(kazakhstan.about(number)).extracting((event) -> event.get("_routingKey"))
					.containsExactlyElementsOf(Trips.KZ_TYPES.stream().map((type) -> "KZ." + type).toList());
			}
		}
	}

	@Test
	void aRelayKilledMidStreamLosesNothingAndRepeatsOnlyWhatItHadSent() throws Exception {
		try (FeedConsumer kazakhstan = FeedConsumer.bound(BROKER, "KZ.#")) {
			Trips trips = new Trips(api(second));
			List<String> numbers = new CopyOnWriteArrayList<>();
			AtomicBoolean going = new AtomicBoolean(true);
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
				while (going.get()) {
					numbers.add(trips.travel());
				}
			});
			kazakhstan.await(PATIENCE, (feed) -> feed.all().size() >= 30);
			first.kill();
			first.restart();
			going.set(false);
			load.get(2, TimeUnit.MINUTES);

			kazakhstan.await(PATIENCE, (feed) -> numbers.stream()
				.allMatch((number) -> feed.distinctAbout(number).size() == Trips.KZ_TYPES.size()));
			int replays = 0;
			for (String number : numbers) {
				assertThat(kazakhstan.distinctAbout(number)).extracting((event) -> event.get("_routingKey"))
					.containsExactlyElementsOf(Trips.KZ_TYPES.stream().map((type) -> "KZ." + type).toList());
				List<Map<String, Object>> all = kazakhstan.about(number);
				for (Map<String, Object> event : all) {
					assertThat(kazakhstan.distinctAbout(number)).as("a replay is the same message").contains(event);
				}
				replays += all.size() - Trips.KZ_TYPES.size();
			}
			System.out.println("Feed through SIGKILL: " + numbers.size() + " trips, " + replays + " replayed messages");
		}
	}

	private static Api api(KarvonProcess karvon) {
		return new Api(WebTestClient.bindToServer().baseUrl(karvon.baseUrl()).responseTimeout(Duration.ofSeconds(30)).build());
	}

}
