package org.karvon.journal.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aSealCheck;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The story of one real trip: forty bales of raw cotton leave Tashkent for Almaty. The truck
 * leaves Uzbekistan at Yallama, enters Kazakhstan at Zhibek Zholy where the seal is replaced
 * after an inspection, and arrives in Almaty where the transit is completed.
 */
@IntegrationTest
class TripLifecycleIntegrationTests {

	@Autowired
	Api api;

	@Test
	void cottonTravelsFromTashkentToAlmaty() {
		String carrier = api.carrierOf(api.newOrganization());
		String tashkent = api.officerAt("UZTAS");
		String yallama = api.officerAt("UZYAL");
		String zhibekZholy = api.officerAt("KZZHZ");
		String almaty = api.officerAt("KZALA");
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.withSeals("UZ1234567").build()).get("number");

		Map<String, Object> departure = api.record(tashkent, number, anEvent("DEPARTURE").build());
		assertThat(departure).containsEntry("seq", 1).containsEntry("post", "UZTAS").containsEntry("country", "UZ")
			.containsEntry("prevHash", "0".repeat(64));
		assertThat(status(carrier, number)).isEqualTo("IN_TRANSIT");

		api.record(yallama, number, anEvent("EXIT").build());
		api.get(zhibekZholy, "/api/posts/KZZHZ/expected").expectStatus().isOk().expectBody()
			.jsonPath("$[0].post").isEqualTo("KZZHZ")
			.jsonPath("$[?(@.number == '" + number + "')].post").isEqualTo("KZZHZ")
			.jsonPath("$[?(@.number == '" + number + "')].fromPost").isEqualTo("UZYAL")
			.jsonPath("$[?(@.number == '" + number + "')].vehiclePlates[0]").isEqualTo("01A123BC");

		Map<String, Object> entry = api.record(zhibekZholy, number, anEvent("ENTRY").build());
		assertThat((List<?>) entry.get("anomalies")).isEmpty();
		api.get(zhibekZholy, "/api/posts/KZZHZ/expected").expectBody().jsonPath("$[?(@.number == '" + number + "')]")
			.isEmpty();
		Map<String, Object> sealCheck = api.record(zhibekZholy, number, aSealCheck("REPLACED", "KZ7654321").build());
		assertThat(sealCheck.get("prevHash")).isEqualTo(entry.get("hash"));
		assertThat(api.consignment(carrier, number).get("seals")).isEqualTo(List.of("KZ7654321"));

		api.record(almaty, number, anEvent("ARRIVAL").build());
		assertThat(status(carrier, number)).isEqualTo("ARRIVED");
		api.record(almaty, number, anEvent("COMPLETION").build());

		Map<String, Object> record = api.consignment(carrier, number);
		assertThat(record.get("status")).isEqualTo("COMPLETED");
		assertThat(Api.asMap(record.get("location"))).containsEntry("country", "KZ").containsEntry("post", "KZALA");
		api.get(carrier, "/api/consignments/{n}/events", number).expectBody()
			.jsonPath("$[*].type").isEqualTo(List.of("DEPARTURE", "EXIT", "ENTRY", "SEAL_CHECK", "ARRIVAL", "COMPLETION"))
			.jsonPath("$[*].seq").isEqualTo(List.of(1, 2, 3, 4, 5, 6))
			.jsonPath("$[3].details.sealStatus").isEqualTo("REPLACED");
		api.get(almaty, "/api/consignments/{n}/integrity", number).expectBody()
			.jsonPath("$.valid").isEqualTo(true)
			.jsonPath("$.events").isEqualTo(6);
	}

	private String status(String token, String number) {
		return (String) api.consignment(token, number).get("status");
	}

}
