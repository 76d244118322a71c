package org.karvon.journal.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.anInspection;

/** Posts on both sides of a border write at the same instant: one linear chain, nothing lost. */
@IntegrationTest
class ConcurrentAppendIntegrationTests {

	static final int WRITERS = 24;

	static final int EVENTS = 120;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void manyConcurrentWritersBuildOneLinearChain() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		// posts of the country the cargo is in: a Kazakh inspection would move it and lock Tashkent out
		List<String> officers = List.of(api.officerAt("UZYAL"), api.officerAt("UZDST"), api.officerAt("UZTAS"),
				api.officerAt("UZOYB"));
		WebClient client = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.range(0, EVENTS)
			.flatMap((i) -> client.post()
				.uri("/api/consignments/{n}/events", number)
				.headers((headers) -> headers.setBearerAuth(officers.get(i % officers.size())))
				.bodyValue(anInspection("NO_FINDINGS").build())
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())), WRITERS)
			.collectList()
			.block(Duration.ofMinutes(2));

		assertThat(statuses).hasSize(EVENTS).containsOnly(201);
		List<Map<String, Object>> events = api.get(carrier, "/api/consignments/{n}/events?limit=5000", number)
			.expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(events).hasSize(EVENTS + 1);
		for (int i = 0; i < events.size(); i++) {
			assertThat(((Number) events.get(i).get("seq")).intValue()).isEqualTo(i + 1);
			if (i > 0) {
				assertThat(events.get(i).get("prevHash")).isEqualTo(events.get(i - 1).get("hash"));
			}
		}
		assertThat(events.stream().map((event) -> event.get("id")).distinct()).hasSize(EVENTS + 1);
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectBody().jsonPath("$.valid").isEqualTo(true)
			.jsonPath("$.events").isEqualTo(EVENTS + 1);
	}

}
