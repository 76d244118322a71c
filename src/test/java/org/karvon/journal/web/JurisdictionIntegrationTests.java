package org.karvon.journal.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.EventRequestBuilder;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.aSealCheck;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.anInspection;

/**
 * Six states share one journal, and each acts only on cargo in front of its own officers: the truck
 * left Tashkent, crossed from Yallama to Zhibek Zholy, and Kazakhstan held it there.
 */
@IntegrationTest
class JurisdictionIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	String tashkent;

	String yallama;

	String zhibekZholy;

	String number;

	@BeforeEach
	void heldInKazakhstanByZhibekZholy() {
		carrier = api.carrierOf(api.newOrganization());
		tashkent = api.officerAt("UZTAS");
		yallama = api.officerAt("UZYAL");
		zhibekZholy = api.officerAt("KZZHZ");
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		api.record(yallama, number, anEvent("EXIT").build());
		api.record(zhibekZholy, number, anEvent("ENTRY").build());
		api.record(zhibekZholy, number, aHold("documents do not match the load").build());
	}

	@Test
	void tashkentCannotReleaseTheHoldKazakhstanPlacedButAKazakhPostCan() {
		refused(tashkent, anEvent("RELEASE"), "HOLD_OF_ANOTHER_STATE");
		Map<String, Object> release = api.record(api.officerAt("KZALA"), number, anEvent("RELEASE").build());
		assertThat(release).containsEntry("type", "RELEASE").containsEntry("country", "KZ");
		assertThat(api.consignment(carrier, number).get("status")).isEqualTo("IN_TRANSIT");
	}

	@Test
	void onlyTheHoldingStateReplacesTheSealsOfHeldCargo() {
		refused(yallama, aSealCheck("REPLACED", "UZ0000001"), "HOLD_OF_ANOTHER_STATE");
		api.record(zhibekZholy, number, aSealCheck("REPLACED", "KZ0000001").build());
		assertThat(api.consignment(carrier, number).get("seals")).isEqualTo(List.of("KZ0000001"));
	}

	@Test
	void refusesAnInlandPostActingOnCargoInAnotherCountry() {
		refused(tashkent, anInspection("NO_FINDINGS"), "CARGO_NOT_HERE");
		refused(tashkent, anEvent("INCIDENT").with("incident", Map.of("kind", "OTHER", "description", "seen")),
				"CARGO_NOT_HERE");
	}

	@Test
	void letsThePostAcrossTheRoadRecordWhatItSees() {
		api.record(yallama, number, anInspection("NO_FINDINGS").build());
	}

	@Test
	void offersTashkentNothingAndZhibekZholyTheRelease() {
		api.get(tashkent, "/api/consignments/{n}/allowed-events", number).expectStatus().isOk().expectBody()
			.jsonPath("$").isEmpty();
		api.get(zhibekZholy, "/api/consignments/{n}/allowed-events", number).expectStatus().isOk().expectBody()
			.jsonPath("$[?(@ == 'RELEASE')]").exists();
	}

	@Test
	void theStateThatFoundABrokenSealReleasesIt() {
		String other = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(tashkent, other, anEvent("DEPARTURE").build());
		api.record(yallama, other, aSealCheck("BROKEN").build());
		api.post(zhibekZholy, "/api/consignments/{n}/events", anEvent("RELEASE").build(), other).expectStatus()
			.isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("HOLD_OF_ANOTHER_STATE");
		api.record(tashkent, other, anEvent("RELEASE").build());
	}

	private void refused(String officer, EventRequestBuilder event, String code) {
		api.post(officer, "/api/consignments/{n}/events", event.build(), number)
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo(code);
	}

}
