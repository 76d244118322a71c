package org.karvon.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.feed.FeedConsumer;
import org.karvon.overdue.application.OverdueWatch;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import org.karvon.support.MutableClock;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * An overdue consignment announced on the real RabbitMQ (127.0.0.1:5672) to each member state on its
 * itinerary, and to the carrier's webhook, exactly once although two sweeps race for it.
 */
@IntegrationTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = { "karvon.overdue.enabled=false", "karvon.feed.broker-url=" + OverdueAnnouncementIntegrationTests.BROKER,
		"karvon.webhook.allow-private=true", "karvon.webhook.poll-interval=100ms" })
class OverdueAnnouncementIntegrationTests {

	static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/%2f";

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	OverdueWatch watch;

	private final JsonMapper json = JsonMapper.builder().build();

	private WebhookReceiver receiver;

	private FeedConsumer overdueFeed;

	@BeforeEach
	void listen() throws Exception {
		receiver = new WebhookReceiver();
		overdueFeed = FeedConsumer.bound(BROKER, "*.OVERDUE");
	}

	@AfterEach
	void stopListening() throws Exception {
		receiver.close();
		overdueFeed.close();
	}

	@Test
	void announcesAnOverdueConsignmentOncePerMemberStateAndToTheCarriersWebhook() throws Exception {
		String carrier = api.carrierOf(api.newOrganization());
		Map<String, Object> endpoint = Api.asMap(api.post(carrier, "/api/webhooks",
				Map.of("url", receiver.url(), "events", List.of("consignment.overdue")))
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
		receiver.expect((String) endpoint.get("secret"), 0);
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.with("transitDeadline", clock.instant().plusSeconds(30).toString()).build()).get("number");
		clock.advance(Duration.ofMinutes(1));
		Instant now = clock.instant();

		Mono.zip(watch.sweep(now).subscribeOn(Schedulers.parallel()), watch.sweep(now).subscribeOn(Schedulers.parallel()))
			.block(Duration.ofSeconds(30));
		watch.sweep(now.plusSeconds(1)).block(Duration.ofSeconds(30));

		overdueFeed.await(Duration.ofSeconds(30), (feed) -> feed.distinctAbout(number).size() == 2);
		Eventually.holds(() -> !receiver.received().isEmpty());
		Thread.sleep(1000); // a doubled announcement would arrive within the relay's and dispatcher's polls
		assertThat(overdueFeed.about(number)).extracting((event) -> event.get("_routingKey"))
			.containsExactlyInAnyOrder("UZ.OVERDUE", "KZ.OVERDUE");
		assertThat(overdueFeed.about(number)).allSatisfy((event) -> {
			assertThat(event).containsEntry("type", "org.karvon.OVERDUE").containsEntry("subject", number);
			assertThat(Api.asMap(event.get("data"))).containsEntry("number", number).containsEntry("status", "REGISTERED")
				.containsKey("transitDeadline");
		});
		assertThat(receiver.received()).hasSize(1).allMatch(WebhookReceiver.Received::signatureValid);
		Map<?, ?> body = json.readValue(receiver.received().get(0).body(), Map.class);
		assertThat(body.get("type")).isEqualTo("consignment.overdue");
		assertThat(((Map<?, ?>) body.get("data")).get("number")).isEqualTo(number);
	}

}
