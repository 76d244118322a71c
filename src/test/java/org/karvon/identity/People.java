package org.karvon.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.karvon.support.Api;

/** Users made through the admin API, with what a test needs of them: id, name, password. */
public record People(Api api) {

	public record Person(UUID id, String username, String password) {

		public String tokenFrom(Api api) {
			return api.tokenFor(username, password);
		}

	}

	public Person countryAdminOf(String country) {
		return create(api.adminToken(), Map.of("role", "COUNTRY_ADMIN", "country", country));
	}

	public Person officerAt(String post) {
		return officerAt(post, api.adminToken());
	}

	/** An officer created by the given administrator's token. */
	public Person officerAt(String post, String adminToken) {
		return create(adminToken, Map.of("role", "OFFICER", "postCode", post));
	}

	public Person create(String adminToken, Map<String, String> fields) {
		String username = "person-" + Api.uniqueSuffix();
		String password = "pass-" + UUID.randomUUID();
		Map<String, Object> request = new HashMap<>(fields);
		request.put("username", username);
		request.put("password", password);
		Map<String, Object> created = Api.asMap(api.post(adminToken, "/api/admin/users", request).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody());
		return new Person(UUID.fromString((String) created.get("id")), username, password);
	}

}
