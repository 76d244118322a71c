package org.karvon.overdue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.feed.FeedConsumer;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEnquiry;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** The departure and destination states ask after overdue cargo, against a real PostgreSQL. */
@IntegrationTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = { "karvon.overdue.enabled=false",
		"karvon.feed.broker-url=amqp://guest:guest@127.0.0.1:5672/%2f" })
class EnquiryIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Test
	void anOfficerOfTheDepartureStateRecordsAnEnquiryAboutOverdueCargoAndItJoinsTheJournal() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);
		clock.advance(Duration.ofMinutes(1));

		Map<String, Object> stored = api.record(api.officerAt("UZYAL"), number,
				anEnquiry("the carrier says the truck broke down near Shymkent").with("occurredAt", now()).build());

		assertThat(stored).containsEntry("type", "ENQUIRY").containsEntry("post", "UZYAL");
		assertThat(events(carrier, number)).extracting((event) -> event.get("type"))
			.containsExactly("DEPARTURE", "ENQUIRY");
		assertThat(events(carrier, number).get(1).get("details"))
			.isEqualTo(Map.of("enquiryOutcome", "the carrier says the truck broke down near Shymkent"));
		Map<String, Object> record = api.consignment(carrier, number);
		assertThat(record).containsEntry("status", "IN_TRANSIT").containsEntry("overdue", true);
		assertThat(Api.asMap(record.get("location"))).containsEntry("post", "UZTAS");
		api.get(carrier, "/api/consignments/{n}/integrity", number)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.valid").isEqualTo(true).jsonPath("$.events").isEqualTo(2);
	}

	@Test
	void anEnquiryReachesTheNationalFeedOfBothStatesWithItsOutcome() throws Exception {
		try (FeedConsumer uzbekistan = FeedConsumer.bound("amqp://guest:guest@127.0.0.1:5672/%2f", "UZ.ENQUIRY");
				FeedConsumer kazakhstan = FeedConsumer.bound("amqp://guest:guest@127.0.0.1:5672/%2f", "KZ.ENQUIRY")) {
			String carrier = api.carrierOf(api.newOrganization());
			String number = departedTashkentForAlmaty(carrier);
			clock.advance(Duration.ofMinutes(1));

			api.record(api.officerAt("KZALA"), number, anEnquiry("no answer from the carrier").with("occurredAt", now()).build());

			for (FeedConsumer state : List.of(uzbekistan, kazakhstan)) {
				state.await(Duration.ofSeconds(30), (feed) -> feed.distinctAbout(number).size() == 1);
				Map<String, Object> message = state.about(number).get(0);
				assertThat(message).containsEntry("type", "org.karvon.ENQUIRY").containsKey("entryhash");
				assertThat(Api.asMap(Api.asMap(message.get("data")).get("details")))
					.containsEntry("enquiryOutcome", "no answer from the carrier");
			}
		}
	}

	@Test
	void anOfficerOfTheDestinationStateRecordsAnEnquiryWhereverTheCargoWasLastSeen() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);
		clock.advance(Duration.ofMinutes(1));

		api.post(api.officerAt("KZALA"), "/api/consignments/{n}/events", anEnquiry("no answer from the carrier").with("occurredAt", now()).build(),
				number)
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.type").isEqualTo("ENQUIRY").jsonPath("$.country").isEqualTo("KZ");
	}

	@Test
	void refusesAnEnquiryFromAStateThatIsNeitherDepartureNorDestination() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KGBIS").via("UZ", "KZ", "KG")
			.with("transitDeadline", clock.instant().plusSeconds(30).toString()).build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").with("occurredAt", now()).build());
		clock.advance(Duration.ofMinutes(1));

		api.post(api.officerAt("KZALA"), "/api/consignments/{n}/events", anEnquiry("asked the driver").with("occurredAt", now()).build(), number)
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("NOT_DEPARTURE_OR_DESTINATION_STATE");
		api.record(api.officerAt("KGBIS"), number, anEnquiry("asked the driver").with("occurredAt", now()).build());
	}

	@Test
	void refusesAnEnquiryFromACarrier() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);
		clock.advance(Duration.ofMinutes(1));

		api.post(carrier, "/api/consignments/{n}/events", anEnquiry("we are on our way").with("occurredAt", now()).build(), number)
			.expectStatus().isForbidden();
		assertThat(events(carrier, number)).hasSize(1);
	}

	@Test
	void refusesAnEnquiryAboutCargoThatIsNotOverdue() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);

		api.post(api.officerAt("KZALA"), "/api/consignments/{n}/events", anEnquiry("too early to ask").with("occurredAt", now()).build(), number)
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("NOT_OVERDUE");
		assertThat(events(carrier, number)).hasSize(1);
	}

	@Test
	void refusesAnEnquiryWithoutItsOutcome() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);
		clock.advance(Duration.ofMinutes(1));

		api.post(api.officerAt("KZALA"), "/api/consignments/{n}/events", anEvent("ENQUIRY").with("occurredAt", now()).build(), number)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("enquiry");
	}

	@Test
	void offersTheEnquiryToTheDestinationPostOnlyOnceTheCargoIsOverdue() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = departedTashkentForAlmaty(carrier);
		String almaty = api.officerAt("KZALA");
		assertThat(allowed(almaty, number)).doesNotContain("ENQUIRY");

		clock.advance(Duration.ofMinutes(1));
		assertThat(allowed(almaty, number)).contains("ENQUIRY");
	}

	private String departedTashkentForAlmaty(String carrier) {
		Instant deadline = clock.instant().plusSeconds(30);
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.with("transitDeadline", deadline.toString()).build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").with("occurredAt", now()).build());
		return number;
	}

	/** Events happen on the test's clock, which earlier tests of this context may have moved ahead. */
	private String now() {
		return clock.instant().toString();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> events(String token, String number) {
		return api.get(token, "/api/consignments/{n}/events", number)
			.expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private List<String> allowed(String token, String number) {
		return api.get(token, "/api/consignments/{n}/allowed-events", number)
			.expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
	}

}
