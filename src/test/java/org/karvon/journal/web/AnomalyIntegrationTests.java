package org.karvon.journal.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Reality is messier than the itinerary: such events are recorded and flagged, never refused. */
@IntegrationTest
class AnomalyIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	@BeforeEach
	void carrier() {
		carrier = api.carrierOf(api.newOrganization());
	}

	@Test
	void flagsEntryWithoutAnExitAsMissingExit() {
		String number = departed(aCottonShipment().build());
		assertThat(anomalies(api.record(api.officerAt("KZZHZ"), number, anEvent("ENTRY").build())))
			.contains("MISSING_EXIT");
	}

	@Test
	void flagsEntryIntoACountryNotNextOnTheItineraryAsRouteDeviation() {
		String number = departed(aCottonShipment().to("KGBIS").via("UZ", "KZ", "KG").build());
		api.record(api.officerAt("UZDST"), number, anEvent("EXIT").build());
		Map<String, Object> entry = api.record(api.officerAt("KGDST"), number, anEvent("ENTRY").build());
		assertThat(anomalies(entry)).contains("ROUTE_DEVIATION");
		assertThat(api.consignment(carrier, number).get("status")).isEqualTo("IN_TRANSIT");
	}

	@Test
	void flagsAnExitFromACountryNeverEntered() {
		String number = departed(aCottonShipment().to("KGBIS").via("UZ", "KZ", "KG").build());
		assertThat(anomalies(api.record(api.officerAt("KZKOR"), number, anEvent("EXIT").build())))
			.contains("MISSING_ENTRY");
	}

	@Test
	void flagsArrivalAtAnotherPostAsWrongPost() {
		String number = departed(aCottonShipment().build());
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		api.record(api.officerAt("KZZHZ"), number, anEvent("ENTRY").build());
		Map<String, Object> arrival = api.record(api.officerAt("KZKHO"), number, anEvent("ARRIVAL").build());
		assertThat(anomalies(arrival)).contains("WRONG_POST");
		Map<String, Object> record = api.consignment(carrier, number);
		assertThat(Api.asMap(record.get("location"))).containsEntry("post", "KZKHO");
	}

	@Test
	void keepsAFlaggedEventInTheChain() {
		String number = departed(aCottonShipment().build());
		api.record(api.officerAt("KZZHZ"), number, anEvent("ENTRY").build());
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectBody().jsonPath("$.valid").isEqualTo(true)
			.jsonPath("$.events").isEqualTo(2);
	}

	private String departed(Map<String, Object> request) {
		String number = (String) api.register(carrier, request).get("number");
		api.record(api.officerAt((String) request.get("departurePost")), number, anEvent("DEPARTURE").build());
		return number;
	}

	@SuppressWarnings("unchecked")
	private static List<String> anomalies(Map<String, Object> event) {
		return (List<String>) event.get("anomalies");
	}

}
