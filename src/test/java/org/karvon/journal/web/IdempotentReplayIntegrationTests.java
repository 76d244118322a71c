package org.karvon.journal.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.anInspection;

/** Border posts lose connectivity: a re-sent event with the same id lands exactly once. */
@IntegrationTest
class IdempotentReplayIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	String yallama;

	String number;

	@BeforeEach
	void departed() {
		carrier = api.carrierOf(api.newOrganization());
		yallama = api.officerAt("UZYAL");
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
	}

	@Test
	void answersAReplayWith200AndTheSameEvent() {
		Map<String, Object> exit = anEvent("EXIT").build();
		Map<String, Object> first = api.record(yallama, number, exit);
		Map<?, ?> again = api.post(yallama, "/api/consignments/{n}/events", exit, number).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(again.get("seq")).isEqualTo(first.get("seq"));
		assertThat(again.get("hash")).isEqualTo(first.get("hash"));
		assertThat(journalLength()).isEqualTo(2);
	}

	@Test
	void refusesTheSameIdWithOtherContent() {
		Map<String, Object> inspection = anInspection("NO_FINDINGS").build();
		api.record(yallama, number, inspection);
		Map<String, Object> changed = anInspection("FINDINGS").withId((String) inspection.get("id")).build();
		api.post(yallama, "/api/consignments/{n}/events", changed, number).expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.code").isEqualTo("EVENT_ID_REUSED");
		assertThat(journalLength()).isEqualTo(2);
	}

	@Test
	void refusesTheSameIdOnAnotherConsignment() {
		Map<String, Object> inspection = anInspection("NO_FINDINGS").build();
		api.record(yallama, number, inspection);
		String other = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), other, anEvent("DEPARTURE").build());
		api.post(yallama, "/api/consignments/{n}/events", inspection, other).expectStatus().isEqualTo(409);
	}

	private long journalLength() {
		return ((Number) Api.asMap(api.consignment(carrier, number).get("journal")).get("events")).longValue();
	}

}
