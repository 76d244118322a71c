package org.karvon.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/** The national feed on the shared RabbitMQ (127.0.0.1:5672): what each member state's system receives. */
@IntegrationTest
@TestPropertySource(properties = "karvon.feed.broker-url=" + FeedIntegrationTests.BROKER)
class FeedIntegrationTests {

	static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/%2f";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	FeedConsumer kazakhstan;

	FeedConsumer tajikistan;

	@BeforeEach
	void bindQueues() throws Exception {
		kazakhstan = FeedConsumer.bound(BROKER, "KZ.#");
		tajikistan = FeedConsumer.bound(BROKER, "TJ.#");
	}

	@AfterEach
	void unbindQueues() throws Exception {
		kazakhstan.close();
		tajikistan.close();
	}

	@Test
	void kazakhstanReceivesEveryEntryOfATashkentAlmatyTripOnceAndInOrder() throws Exception {
		String number = new Trips(api).travel();

		kazakhstan.await(PATIENCE, (feed) -> feed.distinctAbout(number).size() == Trips.KZ_TYPES.size());
		List<Map<String, Object>> received = kazakhstan.about(number);
		assertThat(received).extracting((event) -> event.get("type"))
			.containsExactlyElementsOf(Trips.KZ_TYPES.stream().map((type) -> "org.karvon." + type).toList());
		assertThat(received).extracting((event) -> event.get("_routingKey"))
			.containsExactlyElementsOf(Trips.KZ_TYPES.stream().map((type) -> "KZ." + type).toList());
		assertThat(received).extracting((event) -> event.get("seq")).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(received).extracting((event) -> event.get("id")).doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat((String) id).startsWith(number).endsWith("-KZ"));
		assertThat(received).allSatisfy((event) -> assertThat(event).containsEntry("specversion", "1.0")
			.containsEntry("source", "karvon")
			.containsEntry("subject", number)
			.containsEntry("_contentType", "application/cloudevents+json")
			.containsEntry("_deliveryMode", 2)
			.containsKey("time"));
		assertThat(tajikistan.about(number)).isEmpty();
	}

	@Test
	void eventsCarryTheStoredEventExactlyAsTheJournalReturnsIt() throws Exception {
		Trips trips = new Trips(api);
		String number = trips.travel();

		kazakhstan.await(PATIENCE, (feed) -> feed.distinctAbout(number).size() == Trips.KZ_TYPES.size());
		List<?> journal = api.get(trips.carrier, "/api/consignments/{n}/events", number)
			.expectBody(List.class).returnResult().getResponseBody();
		List<Object> sent = kazakhstan.about(number).subList(1, 6).stream().map((event) -> event.get("data")).toList();
		assertThat(withoutLogIndex(sent)).containsExactlyElementsOf(withoutLogIndex(journal));
		// the log index is there when the entry was sequenced before the relay sent it, and then it is the journal's
		for (int i = 0; i < sent.size(); i++) {
			Object index = Api.asMap(sent.get(i)).get("logIndex");
			assertThat(index == null || index.equals(Api.asMap(journal.get(i)).get("logIndex"))).as("event %d", i).isTrue();
		}
	}

	@Test
	void everyEntryCarriesItsChainHashSoANationalSystemCanAskForItsInclusionProof() throws Exception {
		Trips trips = new Trips(api);
		String number = trips.travel();

		kazakhstan.await(PATIENCE, (feed) -> feed.distinctAbout(number).size() == Trips.KZ_TYPES.size());
		List<Map<String, Object>> received = kazakhstan.about(number);
		List<?> versions = api.get(trips.carrier, "/api/consignments/{n}/versions", number)
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
		assertThat(received.get(0)).as("the registration: its declaration entry")
			.containsEntry("entryhash", Api.asMap(versions.get(0)).get("hash"));
		assertThat(received.subList(1, 6)).allSatisfy((event) -> assertThat(event)
			.containsEntry("entryhash", Api.asMap(event.get("data")).get("hash")));
		assertThat(received).allSatisfy((event) -> {
			if (event.containsKey("logindex")) {
				assertThat(event.get("logindex")).isInstanceOf(Number.class);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> withoutLogIndex(List<?> events) {
		return events.stream().map((event) -> {
			Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) event);
			copy.remove("logIndex");
			return copy;
		}).toList();
	}

	@Test
	void uzbekistanFollowsRegistrationAmendmentAndCancellation() throws Exception {
		try (FeedConsumer uzbekistan = FeedConsumer.bound(BROKER, "UZ.#")) {
			Trips trips = new Trips(api);
			String number = trips.register();
			api.put(trips.carrier, "/api/consignments/{n}", aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
				.withSeals("UZ7777777").build(), number).expectStatus().isOk();
			api.post(trips.carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();

			uzbekistan.await(PATIENCE, (feed) -> feed.distinctAbout(number).size() == 3);
			List<Map<String, Object>> received = uzbekistan.about(number);
			assertThat(received).extracting((event) -> event.get("_routingKey"))
				.containsExactly("UZ.REGISTERED", "UZ.AMENDED", "UZ.CANCELLED");
			assertThat(received).extracting((event) -> Api.asMap(event.get("data")).get("version")).containsExactly(1, 2, 2);
			assertThat(Api.asMap(received.get(1).get("data")).get("seals")).isEqualTo(List.of("UZ7777777"));
			assertThat(Api.asMap(received.get(2).get("data"))).containsEntry("status", "CANCELLED")
				.containsEntry("number", number).containsKey("consignor");
		}
	}

	@Test
	void backlogAndLagArePrometheusMetrics() {
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains("karvon_feed_backlog_entries")
				.contains("karvon_feed_lag_seconds")
				.contains("karvon_feed_published_messages_total"));
	}

}
