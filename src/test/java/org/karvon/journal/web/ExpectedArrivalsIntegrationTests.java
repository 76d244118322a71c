package org.karvon.journal.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.support.Eventually;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** The next country's posts learn of cargo heading their way before it arrives. */
@IntegrationTest
class ExpectedArrivalsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ExpectedArrivalsListener listener;

	@LocalServerPort
	int port;

	@Test
	void streamsAnExitToTheCounterpartPostTheMomentItHappens() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		String zhibekZholy = api.officerAt("KZZHZ");
		String yallama = api.officerAt("UZYAL");

		Flux<ServerSentEvent<String>> stream = WebClient.create("http://localhost:" + port)
			.get()
			.uri("/api/posts/KZZHZ/expected/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(zhibekZholy))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.filter((event) -> "expected".equals(event.event()) && number.equals(event.id()));

		StepVerifier.create(stream.take(1))
			.then(() -> Eventually.holds(() -> listener.hears(1)))
			.then(() -> api.record(yallama, number, anEvent("EXIT").build()))
			.expectNextMatches((event) -> event.data().contains("\"post\":\"KZZHZ\"") && event.data().contains("01A123BC"))
			.expectComplete()
			.verify(Duration.ofSeconds(20));
	}

	@Test
	void departureAnnouncesTheCargoToTheNextCountry() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		api.get(api.officerAt("KZALA"), "/api/posts/KZALA/expected").expectStatus().isOk().expectBody()
			.jsonPath("$[?(@.number == '" + number + "')].country").isEqualTo("KZ");
	}

	@Test
	void onlyOfficersOfThatCountrySeeIt() {
		api.get(api.officerAt("UZYAL"), "/api/posts/KZZHZ/expected").expectStatus().isForbidden();
		api.get(api.carrierOf(api.newOrganization()), "/api/posts/KZZHZ/expected").expectStatus().isForbidden();
		api.get(api.officerAt("UZYAL"), "/api/posts/KZZHZ/expected/stream").expectStatus().isForbidden();
		api.client().get().uri("/api/posts/KZZHZ/expected").exchange().expectStatus().isUnauthorized();
		api.get(api.officerAt("KZZHZ"), "/api/posts/XXXXX/expected").expectStatus().isNotFound();
	}

}
