package org.karvon.scan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class PublicVerifyIntegrationTests {

	@Autowired
	Api api;

	String number;

	String qr;

	@BeforeEach
	void aRegisteredConsignment() {
		Map<String, Object> record = api.register(api.carrierOf(api.newOrganization()), aCottonShipment().build());
		number = (String) record.get("number");
		qr = (String) record.get("qr");
	}

	@Test
	void answersAnyoneWithTheVerdictNumberAndStatusOnly() {
		String body = verify(qr).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		Map<String, Object> json = Api.asMap(verify(qr).expectBody(Map.class).returnResult().getResponseBody());
		assertThat(json.keySet()).containsExactlyInAnyOrder("verdict", "number", "status");
		assertThat(json.get("verdict")).isEqualTo("VALID");
		assertThat(json.get("number")).isEqualTo(number);
		assertThat(json.get("status")).isEqualTo("REGISTERED");
		assertThat(body).doesNotContain("Silk Way", "Almaty Trade House", "01A123BC", "UZ1234567", "Raw cotton",
				"45000", "520100", "Tashkent");
	}

	@Test
	void answersForgedWithoutANumberForAnAlteredCode() {
		String forged = org.karvon.signing.TokenSurgery.withSignatureCharacterChanged(qr);
		Map<String, Object> json = Api.asMap(verify(forged).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
		assertThat(json.keySet()).containsExactlyInAnyOrder("verdict", "number", "status");
		assertThat(json.get("verdict")).isEqualTo("FORGED");
		assertThat(json.get("number")).isNull();
		assertThat(json.get("status")).isNull();
	}

	@Test
	void answersMalformedForGarbage() {
		verify("hello").expectStatus().isOk().expectBody().jsonPath("$.verdict").isEqualTo("MALFORMED")
			.jsonPath("$.number").isEmpty();
	}

	@Test
	void requiresTheQrParameter() {
		api.client().get().uri("/api/verify").exchange().expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void leavesNoTraceInTheScanLog() {
		verify(qr).expectStatus().isOk();
		api.get(api.adminToken(), "/api/consignments/{n}/scans", number).expectBody().jsonPath("$.total").isEqualTo(0);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec verify(String text) {
		return api.client().get().uri((uri) -> uri.path("/api/verify").queryParam("qr", "{qr}").build(text)).exchange();
	}

}
