package org.karvon.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class AdministrationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	@Test
	void createsAnOrganization() {
		String name = "Silk Way Textiles " + Api.uniqueSuffix();
		post("/api/admin/organizations", Map.of("name", name, "country", "uz")).expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location")
			.expectBody()
			.jsonPath("$.id").isNotEmpty()
			.jsonPath("$.name").isEqualTo(name)
			.jsonPath("$.country").isEqualTo("UZ");
	}

	@Test
	void refusesADuplicateOrganizationName() {
		String name = "Twice " + Api.uniqueSuffix();
		post("/api/admin/organizations", Map.of("name", name, "country", "KZ")).expectStatus().isCreated();
		post("/api/admin/organizations", Map.of("name", name.toUpperCase(), "country", "KZ")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code").isEqualTo("ORGANIZATION_EXISTS");
	}

	@Test
	void createsACarrierUserInAnOrganization() {
		String organization = api.newOrganization().toString();
		String username = "clerk-" + Api.uniqueSuffix();
		post("/api/admin/users",
				Map.of("username", username, "password", "long-enough-password", "role", "CARRIER", "organizationId",
						organization))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.username").isEqualTo(username)
			.jsonPath("$.role").isEqualTo("CARRIER")
			.jsonPath("$.organizationId").isEqualTo(organization)
			.jsonPath("$.password").doesNotExist()
			.jsonPath("$.passwordHash").doesNotExist();
	}

	@Test
	void listsEveryInvalidFieldOfAUser() {
		post("/api/admin/users", Map.of("username", "X", "password", "short", "role", "CARRIER")).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'username')]").exists()
			.jsonPath("$.errors[?(@.field == 'password')]").exists();
	}

	@Test
	void requiresAnOrganizationForACarrierAndAKnownPostForAnOfficer() {
		post("/api/admin/users", Map.of("username", "c-" + Api.uniqueSuffix(), "password", "long-enough-password", "role",
				"CARRIER"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("organizationId");
		post("/api/admin/users", Map.of("username", "o-" + Api.uniqueSuffix(), "password", "long-enough-password", "role",
				"OFFICER", "postCode", "ZZZZZ"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("postCode");
	}

	@Test
	void refusesATakenUsername() {
		String username = "dup-" + Api.uniqueSuffix();
		Map<String, String> officer = Map.of("username", username, "password", "long-enough-password", "role", "OFFICER",
				"postCode", "KZALA");
		post("/api/admin/users", officer).expectStatus().isCreated();
		post("/api/admin/users", officer).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
			.isEqualTo("USERNAME_TAKEN");
	}

	private WebTestClient.ResponseSpec post(String path, Map<String, String> body) {
		return client.post().uri(path).headers((headers) -> headers.setBearerAuth(api.adminToken())).bodyValue(body)
			.exchange();
	}

}
