package org.karvon.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.identity.People.Person;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Who administers whom: an ADMIN everyone, a COUNTRY_ADMIN its own country's officers and nobody else. */
@IntegrationTest
class AccountAdministrationIntegrationTests {

	@Autowired
	Api api;

	People people() {
		return new People(api);
	}

	@Test
	void anAdminCreatesACountryAdminWhoCreatesOfficersOfItsOwnCountry() {
		Person uzAdmin = people().countryAdminOf("uz");
		String token = uzAdmin.tokenFrom(api);
		api.get(token, "/api/me").expectStatus().isOk().expectBody()
			.jsonPath("$.role").isEqualTo("COUNTRY_ADMIN")
			.jsonPath("$.country").isEqualTo("UZ");
		Person officer = people().officerAt("UZYAL", token);
		api.get(officer.tokenFrom(api), "/api/me").expectStatus().isOk().expectBody().jsonPath("$.postCode").isEqualTo("UZYAL");
	}

	@Test
	void aCountryAdminMayNotCreateOfficersOfAnotherCountryNorOtherRoles() {
		String token = people().countryAdminOf("UZ").tokenFrom(api);
		api.post(token, "/api/admin/users", newUser(Map.of("role", "OFFICER", "postCode", "KZZHZ"))).expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		api.post(token, "/api/admin/users", newUser(Map.of("role", "ADMIN"))).expectStatus().isForbidden();
		api.post(token, "/api/admin/users", newUser(Map.of("role", "COUNTRY_ADMIN", "country", "UZ"))).expectStatus().isForbidden();
		api.post(token, "/api/admin/users", newUser(Map.of("role", "CARRIER", "organizationId", api.newOrganization().toString())))
			.expectStatus().isForbidden();
		api.post(token, "/api/admin/organizations", Map.of("name", "Nope " + Api.uniqueSuffix(), "country", "UZ"))
			.expectStatus().isForbidden();
		api.get(token, "/api/admin/security-events").expectStatus().isForbidden();
	}

	@Test
	void aCountryAdminNeedsAMemberState() {
		api.post(api.adminToken(), "/api/admin/users", newUser(Map.of("role", "COUNTRY_ADMIN"))).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
		api.post(api.adminToken(), "/api/admin/users", newUser(Map.of("role", "COUNTRY_ADMIN", "country", "CN")))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
		api.post(api.adminToken(), "/api/admin/users", newUser(Map.of("role", "OFFICER", "postCode", "UZYAL", "country", "UZ")))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
	}

	@Test
	void aDisabledUserCannotSignInAndItsTokenIsRefusedUntilEnabledAgain() {
		Person officer = people().officerAt("UZTAS");
		String token = officer.tokenFrom(api);
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, officer.id()).expectStatus().isOk().expectBody()
			.jsonPath("$.enabled").isEqualTo(false)
			.jsonPath("$.username").isEqualTo(officer.username());
		Eventually.holds(() -> status(token) == 401);
		assertThat(signIn(officer.username(), officer.password())).isEqualTo(401);

		api.post(api.adminToken(), "/api/admin/users/{id}/enable", null, officer.id()).expectStatus().isOk().expectBody()
			.jsonPath("$.enabled").isEqualTo(true);
		assertThat(signIn(officer.username().toUpperCase(), officer.password())).isEqualTo(200);
		assertThat(status(token)).as("a token from before the disabling stays retired").isEqualTo(401);
	}

	@Test
	void aPasswordResetRetiresTheOldPasswordAndItsTokens() {
		Person officer = people().officerAt("KZZHZ");
		String token = officer.tokenFrom(api);
		String kzAdmin = people().countryAdminOf("KZ").tokenFrom(api);
		api.post(kzAdmin, "/api/admin/users/{id}/password", Map.of("password", "short"), officer.id()).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
		api.post(kzAdmin, "/api/admin/users/{id}/password", Map.of("password", "a brand new passphrase"), officer.id())
			.expectStatus().isNoContent();
		Eventually.holds(() -> status(token) == 401);
		assertThat(signIn(officer.username(), officer.password())).isEqualTo(401);
		assertThat(signIn(officer.username(), "a brand new passphrase")).isEqualTo(200);
	}

	@Test
	void aCountryAdminMayNotTouchOfficersOfAnotherCountryNorAdmins() {
		Person kazakh = people().officerAt("KZKOR");
		Person otherAdmin = people().countryAdminOf("UZ");
		String uzAdmin = people().countryAdminOf("UZ").tokenFrom(api);
		for (Object id : List.of(kazakh.id(), otherAdmin.id())) {
			api.post(uzAdmin, "/api/admin/users/{id}/disable", null, id).expectStatus().isForbidden();
			api.post(uzAdmin, "/api/admin/users/{id}/enable", null, id).expectStatus().isForbidden();
			api.post(uzAdmin, "/api/admin/users/{id}/password", Map.of("password", "a brand new passphrase"), id)
				.expectStatus().isForbidden();
		}
		assertThat(signIn(kazakh.username(), kazakh.password())).isEqualTo(200);
	}

	@Test
	void answersAnUnknownUserWith404AndAMalformedIdWith400() {
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, java.util.UUID.randomUUID()).expectStatus().isNotFound();
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, "not-a-uuid").expectStatus().isBadRequest();
	}

	@Test
	void anAdminCannotDisableItself() {
		String me = (String) Api.asMap(api.get(api.adminToken(), "/api/me").expectBody(Map.class).returnResult()
			.getResponseBody()).get("userId");
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, me).expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.code").isEqualTo("CANNOT_DISABLE_SELF");
	}

	@Test
	void aCountryAdminListsOnlyItsOwnOfficersAndSearchesByName() {
		String tjAdmin = people().countryAdminOf("TJ").tokenFrom(api);
		Person tajik = people().officerAt("TJFOT");
		Person uzbek = people().officerAt("UZOYB");
		Map<String, Object> page = list(tjAdmin, "?size=100");
		List<Map<String, Object>> items = items(page);
		assertThat(items).extracting((user) -> user.get("role")).containsOnly("OFFICER");
		assertThat(items).extracting((user) -> user.get("country")).containsOnly("TJ");
		assertThat(items).extracting((user) -> user.get("username")).contains(tajik.username())
			.doesNotContain(uzbek.username());
		assertThat(items).allSatisfy((user) -> assertThat(user).containsEntry("enabled", true));

		String part = tajik.username().substring(3).toUpperCase();
		assertThat(items(list(tjAdmin, "?q=" + part))).extracting((user) -> user.get("username")).containsExactly(tajik.username());
		assertThat(items(list(tjAdmin, "?q=" + uzbek.username()))).isEmpty();
		assertThat(items(list(api.adminToken(), "?q=" + uzbek.username()))).hasSize(1);
	}

	@Test
	void pagesTheUserListWithABoundedSize() {
		people().officerAt("AZBAK");
		people().officerAt("AZRBR");
		Map<String, Object> first = list(api.adminToken(), "?page=0&size=1");
		assertThat(first).containsEntry("page", 0).containsEntry("size", 1);
		assertThat(items(first)).hasSize(1);
		assertThat(((Number) first.get("total")).longValue()).isGreaterThanOrEqualTo(3);
		Map<String, Object> second = list(api.adminToken(), "?page=1&size=1");
		assertThat(items(second).get(0).get("id")).isNotEqualTo(items(first).get(0).get("id"));
		api.get(api.adminToken(), "/api/admin/users?size=1000").expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		api.get(api.adminToken(), "/api/admin/users?q=" + "x".repeat(65)).expectStatus().isBadRequest();
	}

	@Test
	void recordsEveryUserChangeAsASecurityEvent() {
		Person officer = people().officerAt("TMFAR");
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, officer.id()).expectStatus().isOk();
		api.post(api.adminToken(), "/api/admin/users/{id}/enable", null, officer.id()).expectStatus().isOk();
		api.post(api.adminToken(), "/api/admin/users/{id}/password", Map.of("password", "a brand new passphrase"), officer.id())
			.expectStatus().isNoContent();
		Eventually.holds(() -> {
			List<Map<String, Object>> events = items(list(api.adminToken(), "", "/api/admin/security-events?size=200"));
			return events.stream().filter((event) -> String.valueOf(event.get("detail")).contains(officer.username()))
				.map((event) -> event.get("kind")).toList()
				.containsAll(List.of("USER_CREATED", "USER_DISABLED", "USER_ENABLED", "USER_PASSWORD_RESET"));
		});
	}

	private Map<String, Object> newUser(Map<String, String> fields) {
		Map<String, Object> request = new java.util.HashMap<>(fields);
		request.put("username", "new-" + Api.uniqueSuffix());
		request.put("password", "pass-" + java.util.UUID.randomUUID());
		return request;
	}

	private int status(String token) {
		return api.get(token, "/api/me").expectBody().returnResult().getStatus().value();
	}

	private int signIn(String username, String password) {
		return api.client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange().expectBody().returnResult().getStatus().value();
	}

	private Map<String, Object> list(String token, String query) {
		return list(token, query, "/api/admin/users");
	}

	private Map<String, Object> list(String token, String query, String path) {
		return Api.asMap(api.get(token, path + query).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

}
