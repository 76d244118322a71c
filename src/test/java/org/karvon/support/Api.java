package org.karvon.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Drives Karvon through its HTTP API the way a client would, with intent-revealing helpers:
 * {@code api.carrierOf(api.newOrganization())}, {@code api.officerAt("UZYAL")}.
 */
@TestComponent
public class Api {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final WebTestClient client;

	/** Access tokens live 15 minutes; a shared test context can outlive one, so renew well before. */
	private static final java.time.Duration ADMIN_TOKEN_REUSE = java.time.Duration.ofMinutes(5);

	private String adminToken;

	private java.time.Instant adminTokenAt = java.time.Instant.MIN;

	public Api(WebTestClient client) {
		this.client = client;
	}

	public WebTestClient client() {
		return client;
	}

	public String adminToken() {
		java.time.Instant now = java.time.Instant.now();
		if (adminToken == null || adminTokenAt.plus(ADMIN_TOKEN_REUSE).isBefore(now)) {
			adminToken = tokenFor("admin", ADMIN_PASSWORD);
			adminTokenAt = now;
		}
		return adminToken;
	}

	public String tokenFor(String username, String password) {
		Map<?, ?> body = client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) body.get("accessToken");
	}

	/** A new carrier organization with a unique name; returns its id. */
	public UUID newOrganization() {
		Map<?, ?> body = client.post()
			.uri("/api/admin/organizations")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.bodyValue(Map.of("name", "Carrier " + uniqueSuffix(), "country", "UZ"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) body.get("id"));
	}

	/** A token for a new carrier user of the organization. */
	public String carrierOf(UUID organizationId) {
		return newUser(Map.of("role", "CARRIER", "organizationId", organizationId.toString()));
	}

	/** A token for a new officer at the post. */
	public String officerAt(String postCode) {
		return newUser(Map.of("role", "OFFICER", "postCode", postCode));
	}

	private String newUser(Map<String, String> roleFields) {
		String username = "user-" + uniqueSuffix();
		String password = "secret-" + UUID.randomUUID();
		var request = new java.util.HashMap<String, Object>(roleFields);
		request.put("username", username);
		request.put("password", password);
		client.post()
			.uri("/api/admin/users")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated();
		return tokenFor(username, password);
	}

	/** Registers the consignment as this carrier and returns the stored record. */
	public Map<String, Object> register(String carrierToken, Map<String, Object> request) {
		return asMap(client.post()
			.uri("/api/consignments")
			.headers((headers) -> headers.setBearerAuth(carrierToken))
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	/** Records the event as this officer and expects it stored; returns the stored event. */
	public Map<String, Object> record(String officerToken, String number, Map<String, Object> event) {
		return asMap(post(officerToken, "/api/consignments/{n}/events", event, number).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	/** The record as this caller sees it. */
	public Map<String, Object> consignment(String token, String number) {
		return asMap(get(token, "/api/consignments/{n}", number).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	public WebTestClient.ResponseSpec get(String token, String uri, Object... variables) {
		return client.get().uri(uri, variables).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	public WebTestClient.ResponseSpec post(String token, String uri, Object body, Object... variables) {
		var request = client.post().uri(uri, variables).headers((headers) -> headers.setBearerAuth(token));
		return (body == null ? request : request.bodyValue(body)).exchange();
	}

	public WebTestClient.ResponseSpec put(String token, String uri, Object body, Object... variables) {
		return client.put().uri(uri, variables).headers((headers) -> headers.setBearerAuth(token)).bodyValue(body)
			.exchange();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> asMap(Object body) {
		return (Map<String, Object>) body;
	}

	public static String uniqueSuffix() {
		return sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
