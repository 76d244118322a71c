package org.karvon.webapp;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.karvon.support.Api;

/** People who sign in through the browser: a user name and password, created through the admin API. */
record WebUsers(Api api) {

	record User(String username, String password, String token) {
	}

	User carrier() {
		return create(Map.of("role", "CARRIER", "organizationId", api.newOrganization().toString()));
	}

	User carrierOf(UUID organization) {
		return create(Map.of("role", "CARRIER", "organizationId", organization.toString()));
	}

	User officerAt(String post) {
		return create(Map.of("role", "OFFICER", "postCode", post));
	}

	private User create(Map<String, String> fields) {
		String username = "web-" + Api.uniqueSuffix();
		String password = "pass-" + UUID.randomUUID();
		Map<String, Object> request = new HashMap<>(fields);
		request.put("username", username);
		request.put("password", password);
		api.post(api.adminToken(), "/api/admin/users", request).expectStatus().isCreated();
		return new User(username, password, api.tokenFor(username, password));
	}

}
