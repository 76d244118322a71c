package org.karvon.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	@Test
	void issuesABearerTokenForTheBootstrapAdmin() {
		client.post()
			.uri("/api/auth/token")
			.bodyValue(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tokenType").isEqualTo("Bearer")
			.jsonPath("$.expiresIn").isEqualTo(900)
			.jsonPath("$.accessToken").value((token) -> assertThat((String) token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"));
	}

	@Test
	void carrierAndOfficerObtainTokensThatCarryTheirRole() {
		String carrier = api.carrierOf(api.newOrganization());
		String officer = api.officerAt("UZYAL");
		assertThat(claimsOf(carrier)).contains("\"role\":\"CARRIER\"").contains("\"org\"");
		assertThat(claimsOf(officer)).contains("\"role\":\"OFFICER\"").contains("\"post\":\"UZYAL\"")
			.contains("\"country\":\"UZ\"");
	}

	@Test
	void refusesAWrongPasswordWith401Problem() {
		client.post()
			.uri("/api/auth/token")
			.bodyValue(Map.of("username", "admin", "password", "not-the-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.detail").isEqualTo("Unknown username or wrong password.");
	}

	@Test
	void throttlesRepeatedFailuresForOneUsername() {
		String username = "nobody-" + Api.uniqueSuffix();
		for (int attempt = 0; attempt < LoginThrottle.PAIR_FREE; attempt++) {
			login(username, "wrong-password").expectStatus().isUnauthorized();
		}
		login(username, "wrong-password").expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.code").isEqualTo("LOGIN_THROTTLED");
	}

	@Test
	void refusesCallsWithoutAToken() {
		client.get()
			.uri("/api/admin/users")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAForgedToken() {
		String token = api.adminToken();
		String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
		client.get()
			.uri("/api/admin/users")
			.headers((headers) -> headers.setBearerAuth(forged))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAdministrationToCarriersAndOfficers() {
		for (String token : new String[] { api.carrierOf(api.newOrganization()), api.officerAt("KZZHZ") }) {
			client.post()
				.uri("/api/admin/organizations")
				.headers((headers) -> headers.setBearerAuth(token))
				.bodyValue(Map.of("name", "Sneaky " + Api.uniqueSuffix(), "country", "UZ"))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status").isEqualTo(403);
		}
	}

	private WebTestClient.ResponseSpec login(String username, String password) {
		return client.post().uri("/api/auth/token").bodyValue(Map.of("username", username, "password", password)).exchange();
	}

	private static String claimsOf(String jwt) {
		return new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
	}

}
