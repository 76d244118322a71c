package org.karvon.overdue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.overdue.application.OverdueWatch;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.MutableClock;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Transit deadlines and overdue consignments against a real PostgreSQL, with a clock the test moves. */
@IntegrationTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = "karvon.overdue.enabled=false")
class OverdueIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	OverdueWatch watch;

	@Autowired
	DatabaseClient db;

	@Test
	void refusesADeadlineInThePastTooFarAheadOrWithoutOffset() {
		String carrier = api.carrierOf(api.newOrganization());
		for (String deadline : List.of(clock.instant().minus(1, ChronoUnit.HOURS).toString(),
				clock.instant().plus(181, ChronoUnit.DAYS).toString(), "2030-01-01T10:00:00", "next tuesday")) {
			api.post(carrier, "/api/consignments", aCottonShipment().with("transitDeadline", deadline).build())
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("transitDeadline")
				.jsonPath("$.errors[0].message").isNotEmpty();
		}
	}

	@Test
	void keepsADeclaredDeadlineAndAnAmendmentMayChangeItWhileRegistered() {
		String carrier = api.carrierOf(api.newOrganization());
		Instant declared = clock.instant().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> record = api.register(carrier,
				aCottonShipment().with("transitDeadline", declared.atOffset(java.time.ZoneOffset.ofHours(5)).toString()).build());
		assertThat(Instant.parse((String) record.get("transitDeadline"))).isEqualTo(declared);
		assertThat(record).containsEntry("transitDeadlineDeclared", true).containsEntry("overdue", false);

		Instant later = declared.plus(2, ChronoUnit.DAYS);
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().with("transitDeadline", later.toString()).build(),
				record.get("number"))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.transitDeadline").isEqualTo(later.toString());
	}

	@Test
	void setsTheDefaultDeadlineByTheRouteRuleAndCountsItFromDeparture() {
		String carrier = api.carrierOf(api.newOrganization());
		Map<String, Object> record = api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ").build());
		Instant created = Instant.parse((String) record.get("createdAt"));
		assertThat(Instant.parse((String) record.get("transitDeadline"))).isEqualTo(created.plus(Duration.ofDays(4)));
		assertThat(record).containsEntry("transitDeadlineDeclared", false);

		Map<String, Object> proposal = Api.asMap(api.get(carrier,
				"/api/transit-deadline?departurePost=UZTAS&destinationPost=KZALA&itinerary=UZ,KZ")
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
		assertThat(proposal).containsEntry("transitDays", 4);
		assertThat((Integer) proposal.get("distanceKm")).isBetween(600, 750);

		Instant departed = clock.instant();
		String number = (String) record.get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").with("occurredAt", departed.toString()).build());
		assertThat(Instant.parse((String) api.consignment(carrier, number).get("transitDeadline")))
			.isCloseTo(departed.plus(Duration.ofDays(4)), within(1, ChronoUnit.MILLIS));
	}

	@Test
	void proposesADeadlineOnlyForKnownPostsAndToCallersWithAToken() {
		String carrier = api.carrierOf(api.newOrganization());
		api.get(carrier, "/api/transit-deadline?departurePost=UZXXX&destinationPost=KZALA&itinerary=UZ,KZ")
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("departurePost");
		api.get(carrier, "/api/transit-deadline?departurePost=UZTAS&destinationPost=KZALA")
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("itinerary");
		api.client().get().uri("/api/transit-deadline?departurePost=UZTAS&destinationPost=KZALA&itinerary=UZ,KZ")
			.exchange().expectStatus().isUnauthorized();
	}

	@Test
	void listsAndFlagsAConsignmentPastItsDeadlineUntilItArrives() {
		// events happen on the test's clock, which earlier tests of this context may have moved ahead
		String carrier = api.carrierOf(api.newOrganization());
		String number = registerDueInSeconds(carrier, 30);
		assertThat(overdueNumbers(carrier)).doesNotContain(number);

		clock.advance(Duration.ofMinutes(1));
		assertThat(api.consignment(carrier, number)).containsEntry("overdue", true);
		assertThat(overdueNumbers(carrier)).containsExactly(number);
		assertThat(overdueNumbers(api.officerAt("KZALA"))).contains(number);
		assertThat(overdueNumbers(api.officerAt("UZTAS"))).contains(number);

		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").with("occurredAt", clock.instant().toString()).build());
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").with("occurredAt", clock.instant().toString()).build());
		api.record(api.officerAt("KZZHZ"), number, anEvent("ENTRY").with("occurredAt", clock.instant().toString()).build());
		api.record(api.officerAt("KZALA"), number, anEvent("ARRIVAL").with("occurredAt", clock.instant().toString()).build());
		assertThat(api.consignment(carrier, number)).containsEntry("status", "ARRIVED").containsEntry("overdue", false);
		assertThat(overdueNumbers(carrier)).doesNotContain(number);
	}

	@Test
	void showsNoOverdueConsignmentToOthersOrWithoutAToken() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = registerDueInSeconds(carrier, 30);
		clock.advance(Duration.ofMinutes(1));

		assertThat(overdueNumbers(api.carrierOf(api.newOrganization()))).isEmpty();
		assertThat(overdueNumbers(api.officerAt("TJDYU"))).doesNotContain(number);
		api.client().get().uri("/api/consignments?overdue=true").exchange().expectStatus().isUnauthorized();
		api.get(carrier, "/api/consignments?overdue=maybe").expectStatus().isBadRequest();
	}

	@Test
	void listsTheOverdueConsignmentsThatDepartFromOrAreDestinedForAPost() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = registerDueInSeconds(carrier, 30);
		clock.advance(Duration.ofMinutes(1));
		String almaty = api.officerAt("KZALA");

		assertThat(overdueNumbers(almaty, "&post=KZALA")).contains(number);
		assertThat(overdueNumbers(almaty, "&post=UZTAS")).contains(number);
		assertThat(overdueNumbers(almaty, "&post=KZZHZ")).doesNotContain(number);
		api.get(almaty, "/api/consignments?overdue=true&post=nowhere").expectStatus().isBadRequest();
	}

	@Test
	void announcesAnOverdueConsignmentOnceEvenWhenTwoSweepsRace() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = registerDueInSeconds(carrier, 30);
		clock.advance(Duration.ofMinutes(1));
		Instant now = clock.instant();

		Mono.zip(watch.sweep(now).subscribeOn(Schedulers.parallel()), watch.sweep(now).subscribeOn(Schedulers.parallel()))
			.block(Duration.ofSeconds(30));
		watch.sweep(now.plusSeconds(60)).block(Duration.ofSeconds(30));

		assertThat(db.sql("select audience from feed_outbox where consignment_number = :n and type = 'OVERDUE'")
			.bind("n", number)
			.map((row) -> List.of(row.get("audience", String[].class)))
			.all()
			.collectList()
			.block(Duration.ofSeconds(10))).containsExactly(List.of("KZ", "UZ"));
		assertThat(api.consignment(carrier, number)).containsEntry("overdue", true);
	}

	private String registerDueInSeconds(String carrier, long seconds) {
		Instant deadline = clock.instant().plusSeconds(seconds);
		return (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.with("transitDeadline", deadline.toString()).build()).get("number");
	}

	private List<String> overdueNumbers(String token) {
		return overdueNumbers(token, "");
	}

	@SuppressWarnings("unchecked")
	private List<String> overdueNumbers(String token, String moreQuery) {
		Map<String, Object> page = Api.asMap(api.get(token, "/api/consignments?overdue=true&size=100" + moreQuery)
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
		return ((List<Map<String, Object>>) page.get("items")).stream().map((item) -> (String) item.get("number")).toList();
	}

}
