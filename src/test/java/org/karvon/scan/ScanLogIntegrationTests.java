package org.karvon.scan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ScanLogIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	String number;

	String qr;

	@BeforeEach
	void aConsignmentScannedAtTheBorder() {
		carrier = api.carrierOf(api.newOrganization());
		Map<String, Object> record = api.register(carrier, aCottonShipment().build());
		number = (String) record.get("number");
		qr = (String) record.get("qr");
	}

	@Test
	void showsTheOwnerWhoScannedItWhereAndWithWhatVerdict() {
		String officer = api.officerAt("UZYAL");
		String username = (String) Api.asMap(api.get(officer, "/api/me").expectBody(Map.class).returnResult()
			.getResponseBody()).get("username");
		new Scans(api).qr(officer, qr).expectStatus().isOk();
		new Scans(api).number(officer, number).expectStatus().isOk();
		api.get(carrier, "/api/consignments/{n}/scans", number).expectStatus().isOk().expectBody()
			.jsonPath("$.total").isEqualTo(2)
			.jsonPath("$.page").isEqualTo(0)
			.jsonPath("$.size").isEqualTo(20)
			.jsonPath("$.items[0].officer").isEqualTo(username)
			.jsonPath("$.items[0].post").isEqualTo("UZYAL")
			.jsonPath("$.items[0].country").isEqualTo("UZ")
			.jsonPath("$.items[0].verdict").isEqualTo("VALID")
			.jsonPath("$.items[0].method").isEqualTo("NUMBER")
			.jsonPath("$.items[1].method").isEqualTo("QR_TEXT")
			.jsonPath("$.items[0].at").isNotEmpty();
	}

	@Test
	void pagesTheLog() {
		String officer = api.officerAt("KZZHZ");
		for (int i = 0; i < 3; i++) {
			new Scans(api).qr(officer, qr).expectStatus().isOk();
		}
		api.get(carrier, "/api/consignments/{n}/scans?page=1&size=2", number).expectBody()
			.jsonPath("$.total").isEqualTo(3)
			.jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void showsAdminsTheLog() {
		api.get(api.adminToken(), "/api/consignments/{n}/scans", number).expectStatus().isOk();
	}

	@Test
	void hidesTheLogFromOtherCarriers() {
		api.get(api.carrierOf(api.newOrganization()), "/api/consignments/{n}/scans", number).expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesOfficers() {
		api.get(api.officerAt("UZYAL"), "/api/consignments/{n}/scans", number).expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
