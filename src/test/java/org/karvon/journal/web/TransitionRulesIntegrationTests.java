package org.karvon.journal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.aSealCheck;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.anInspection;

/** Every move the rules refuse is a 409 with a stable code, and leaves the journal untouched. */
@IntegrationTest
class TransitionRulesIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	String tashkent;

	String yallama;

	String almaty;

	String number;

	@BeforeEach
	void registered() {
		carrier = api.carrierOf(api.newOrganization());
		tashkent = api.officerAt("UZTAS");
		yallama = api.officerAt("UZYAL");
		almaty = api.officerAt("KZALA");
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
	}

	@Test
	void refusesMovementBeforeDeparture() {
		refused(yallama, anEvent("EXIT"), "NOT_DEPARTED");
	}

	@Test
	void refusesAnEventDatedBeforeTheConsignmentWasRegistered() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		refused(yallama, anInspection("NO_FINDINGS").with("occurredAt", "1901-01-01T00:00:00Z"), "BEFORE_REGISTRATION");
	}

	@Test
	void refusesDepartureAwayFromTheDeparturePost() {
		refused(yallama, anEvent("DEPARTURE"), "DEPARTURE_NOT_AT_DEPARTURE_POST");
	}

	@Test
	void refusesASecondDeparture() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		refused(tashkent, anEvent("DEPARTURE"), "NOT_REGISTERED");
	}

	@Test
	void refusesMovementWhileHeldAndASecondHold() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		api.record(yallama, number, aHold("documents do not match the load").build());
		refused(yallama, anEvent("EXIT"), "HELD");
		refused(yallama, aHold("again"), "ALREADY_HELD");
		api.record(yallama, number, anEvent("RELEASE").build());
		api.record(yallama, number, anEvent("EXIT").build());
	}

	@Test
	void refusesReleaseWhenNotHeld() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		refused(yallama, anEvent("RELEASE"), "NOT_HELD");
	}

	@Test
	void putsABrokenSealOnHoldByItself() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		api.record(yallama, number, aSealCheck("BROKEN").build());
		api.get(carrier, "/api/consignments/{n}", number).expectBody().jsonPath("$.status").isEqualTo("HELD");
		refused(yallama, anEvent("EXIT"), "HELD");
	}

	@Test
	void refusesCompletionBeforeArrivalAndAwayFromTheDestination() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		refused(almaty, anEvent("COMPLETION"), "NOT_ARRIVED");
		api.record(almaty, number, anEvent("ARRIVAL").build());
		refused(api.officerAt("KZZHZ"), anEvent("COMPLETION"), "COMPLETION_NOT_AT_DESTINATION");
		refused(almaty, anEvent("ARRIVAL"), "ALREADY_ARRIVED");
	}

	@Test
	void rejectsEntryAfterCompletion() {
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		api.record(almaty, number, anEvent("ARRIVAL").build());
		api.record(almaty, number, anEvent("COMPLETION").build());
		refused(api.officerAt("KZZHZ"), anEvent("ENTRY"), "CONSIGNMENT_CLOSED");
		refused(almaty, anEvent("INSPECTION").with("inspection", java.util.Map.of("result", "NO_FINDINGS")),
				"CONSIGNMENT_CLOSED");
	}

	@Test
	void refusesEventsOnACancelledConsignment() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();
		refused(tashkent, anEvent("DEPARTURE"), "CONSIGNMENT_CLOSED");
	}

	@Test
	void onlyOfficersRecordEvents() {
		api.post(carrier, "/api/consignments/{n}/events", anEvent("DEPARTURE").build(), number).expectStatus()
			.isForbidden();
		api.post(api.adminToken(), "/api/consignments/{n}/events", anEvent("DEPARTURE").build(), number).expectStatus()
			.isForbidden();
	}

	@Test
	void officersOfOtherCountriesCannotSeeOrRecord() {
		String dushanbe = api.officerAt("TJDYU");
		api.post(dushanbe, "/api/consignments/{n}/events", anEvent("ENTRY").build(), number).expectStatus().isNotFound();
		api.get(dushanbe, "/api/consignments/{n}/events", number).expectStatus().isNotFound();
		api.get(dushanbe, "/api/consignments/{n}/integrity", number).expectStatus().isNotFound();
	}

	@Test
	void listsEveryInvalidFieldOfAnEvent() {
		api.post(tashkent, "/api/consignments/{n}/events",
				java.util.Map.of("id", "not-a-uuid", "type", "TELEPORT", "occurredAt", "yesterday"), number)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'id')]").exists()
			.jsonPath("$.errors[?(@.field == 'type')]").exists();
	}

	private void refused(String officer, org.karvon.support.EventRequestBuilder event, String code) {
		long before = journalLength();
		api.post(officer, "/api/consignments/{n}/events", event.build(), number)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo(code);
		org.assertj.core.api.Assertions.assertThat(journalLength()).isEqualTo(before);
	}

	private long journalLength() {
		return ((Number) Api.asMap(api.consignment(carrier, number).get("journal")).get("events")).longValue();
	}

}
