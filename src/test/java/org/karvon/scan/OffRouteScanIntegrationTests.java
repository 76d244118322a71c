package org.karvon.scan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * A Tajik officer at Fotekhobod posts the QR text of a Tashkent → Almaty consignment — it is printed on
 * the paper, so a photo sent over a messenger is enough. The post learns what it checks against a truck,
 * not the commercial record, and may only record that the truck entered Tajikistan.
 */
@IntegrationTest
class OffRouteScanIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ExpectedArrivalsListener listener;

	@LocalServerPort
	int port;

	Scans scans;

	String carrier;

	String fotekhobod;

	String number;

	String qr;

	@BeforeEach
	void departedFromTashkentForAlmaty() {
		scans = new Scans(api);
		carrier = api.carrierOf(api.newOrganization());
		fotekhobod = api.officerAt("TJFOT");
		Map<String, Object> record = api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.build());
		number = (String) record.get("number");
		qr = (String) record.get("qr");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
	}

	@Test
	void showsTheTransportViewOnlyAndAllowsOnlyAnEntryUntilThePostRecordsIt() {
		Map<String, Object> scanned = body(scans.qr(fotekhobod, qr).expectStatus().isOk());
		assertThat(scanned).containsEntry("verdict", "VALID");
		assertTransportViewOnly(Api.asMap(scanned.get("consignment")));
		assertTransportViewOnly(api.consignment(fotekhobod, number));

		api.post(fotekhobod, "/api/consignments/{n}/events", aHold("suspicious").build(), number)
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("ENTRY_FIRST");
		api.get(fotekhobod, "/api/consignments/{n}/allowed-events", number).expectBody().jsonPath("$")
			.isEqualTo(List.of("ENTRY"));
		api.get(fotekhobod, "/api/consignments/{n}/events", number).expectStatus().isNotFound();
		api.get(fotekhobod, "/api/consignments/{n}/document.pdf", number).expectStatus().isNotFound();

		Map<String, Object> entry = api.record(fotekhobod, number, anEvent("ENTRY").build());
		assertThat(String.valueOf(entry.get("anomalies"))).contains("ROUTE_DEVIATION");

		Map<String, Object> full = api.consignment(fotekhobod, number);
		assertThat(full).containsKeys("consignor", "consignee", "goods");
		assertThat(Api.asMap(full.get("location"))).containsEntry("post", "TJFOT");
		api.record(fotekhobod, number, aHold("suspicious").build());
	}

	@Test
	void putsEveryGrantInTheScanLogForTheCarrierAndTheItineraryStates() {
		scans.qr(fotekhobod, qr).expectStatus().isOk();
		api.get(carrier, "/api/consignments/{n}/scans", number).expectBody()
			.jsonPath("$.items[0].post").isEqualTo("TJFOT")
			.jsonPath("$.items[0].granted").isEqualTo(true);
		for (String reader : List.of(carrier, api.officerAt("KZALA"), api.officerAt("UZYAL"), api.adminToken())) {
			api.get(reader, "/api/consignments/{n}/grants", number).expectStatus().isOk().expectBody()
				.jsonPath("$.total").isEqualTo(1)
				.jsonPath("$.items[0].post").isEqualTo("TJFOT")
				.jsonPath("$.items[0].country").isEqualTo("TJ");
		}
		api.get(fotekhobod, "/api/consignments/{n}/grants", number).expectStatus().isNotFound();
		scans.qr(fotekhobod, qr).expectStatus().isOk();
		api.get(carrier, "/api/consignments/{n}/grants", number).expectBody().jsonPath("$.total").isEqualTo(1);
	}

	@Test
	void announcesTheEntryOffTheRouteToTheItineraryStatesPosts() {
		scans.qr(fotekhobod, qr).expectStatus().isOk();
		Flux<ServerSentEvent<String>> stream = WebClient.create("http://localhost:" + port)
			.get()
			.uri("/api/posts/KZZHZ/expected/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(api.officerAt("KZZHZ")))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.filter((event) -> "deviated".equals(event.event()) && event.data().contains(number));

		StepVerifier.create(stream.take(1))
			.then(() -> Eventually.holds(() -> listener.hears(1)))
			.then(() -> api.record(fotekhobod, number, anEvent("ENTRY").build()))
			.expectNextMatches((event) -> event.data().contains("\"post\":\"TJFOT\""))
			.expectComplete()
			.verify(Duration.ofSeconds(20));
	}

	@Test
	void aTypedNumberOrAnOlderOrCancelledCodeOpensNothing() {
		scans.number(fotekhobod, number).expectStatus().isNotFound();
		api.get(fotekhobod, "/api/consignments/{n}", number).expectStatus().isNotFound();

		Map<String, Object> registered = api.register(carrier, aCottonShipment().build());
		String amended = (String) registered.get("number");
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withPlates("01B777CD").build(), amended)
			.expectStatus().isOk();
		scans.qr(fotekhobod, (String) registered.get("qr")).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("SUPERSEDED")
			.jsonPath("$.consignment").isEmpty();
		api.get(fotekhobod, "/api/consignments/{n}", amended).expectStatus().isNotFound();

		Map<String, Object> cancelled = api.register(carrier, aCottonShipment().build());
		api.post(carrier, "/api/consignments/{n}/cancel", null, cancelled.get("number")).expectStatus().isOk();
		scans.qr(fotekhobod, (String) cancelled.get("qr")).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("CANCELLED")
			.jsonPath("$.consignment").isEmpty();
		api.get(fotekhobod, "/api/consignments/{n}", cancelled.get("number")).expectStatus().isNotFound();
	}

	@Test
	void opensTheScanningPostOnlyNotItsCountry() {
		scans.qr(fotekhobod, qr).expectStatus().isOk();
		String dushanbe = api.officerAt("TJDYU");
		api.get(dushanbe, "/api/consignments/{n}", number).expectStatus().isNotFound();
		api.post(dushanbe, "/api/consignments/{n}/events", anEvent("ENTRY").build(), number).expectStatus()
			.isNotFound();
	}

	private static void assertTransportViewOnly(Map<String, Object> view) {
		assertThat(view).containsEntry("view", "TRANSPORT")
			.containsKeys("number", "status", "version", "departurePost", "destinationPost", "itinerary", "transport",
					"seals", "location")
			.doesNotContainKeys("consignor", "consignee", "goods", "declaredSeals", "carrier", "qr", "links");
		assertThat(Api.asMap(view.get("transport")).get("vehiclePlates")).isEqualTo(List.of("01A123BC"));
		assertThat(view.toString()).doesNotContain("Raw cotton", "45000", "Silk Way", "Almaty Trade House");
	}

	private static Map<String, Object> body(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
		return Api.asMap(spec.expectBody(Map.class).returnResult().getResponseBody());
	}

}
