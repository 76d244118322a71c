package org.karvon.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * Text PostgreSQL cannot store (U+0000, unpaired surrogates) is refused where it comes in, with a
 * 400 that names the field, for any endpoint and any field: never a 500 from the database.
 */
@IntegrationTest
class StorableTextIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void refusesANulInTheLoginUsernameBeforeAnythingElse() {
		post(null, "/api/auth/token", "{\"username\":\"ad\\u0000min\",\"password\":\"whatever-it-is\"}")
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
	}

	@Test
	void refusesANulInAnOrganizationName() {
		post(api.adminToken(), "/api/admin/organizations", "{\"name\":\"Silk\\u0000Way\",\"country\":\"UZ\"}")
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
	}

	@Test
	void refusesANulInADeclarationFieldAndNamesItsPath() {
		String carrier = api.carrierOf(api.newOrganization());
		Map<String, Object> shipment = aCottonShipment().build();
		String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(shipment).replace("\"Raw cotton\"", "\"Raw \\u0000cotton\"");
		post(carrier, "/api/consignments", body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("goods[0].description");
	}

	@Test
	void refusesANulInAPropertyNameOrMapKey() {
		post(api.adminToken(), "/api/admin/organizations", "{\"name\":\"Silk Way\",\"country\":\"UZ\",\"x\\u0000\":1}")
			.expectStatus().isBadRequest();
	}

	@Test
	void refusesAnUnpairedSurrogate() {
		post(api.adminToken(), "/api/admin/organizations", "{\"name\":\"Silk \\ud800 Way\",\"country\":\"UZ\"}")
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
		post(api.adminToken(), "/api/admin/organizations", "{\"name\":\"Silk \\udc00\\ud800 Way\",\"country\":\"UZ\"}")
			.expectStatus().isBadRequest();
	}

	@Test
	void acceptsAPairedSurrogateLikeAnyOtherCharacter() {
		post(api.adminToken(), "/api/admin/organizations",
				"{\"name\":\"Silk \\ud83d\\ude9a Way " + Api.uniqueSuffix() + "\",\"country\":\"UZ\"}")
			.expectStatus().isCreated();
	}

	@Test
	void refusesANulInAQueryParameter() {
		client.get().uri(java.net.URI.create("http://localhost:" + port + "/api/consignments?q=ab%00c")).headers((h) -> h.setBearerAuth(api.adminToken())).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
	}

	private WebTestClient.ResponseSpec post(String token, String path, String json) {
		return client.post().uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

}
