package org.karvon.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.hostile.Routes;
import org.karvon.hostile.Routes.Endpoint;
import org.karvon.identity.People;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.RequestTrace;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.security.AccessMatrixIntegrationTests.Caller.*;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * Every endpoint in the route table, called by every kind of caller on its own and on someone else's
 * record. A caller the table does not allow gets 401, 403 or 404 (a foreign carrier 404 wherever the
 * owner may act: it must not learn the consignment exists); an allowed caller never does. An endpoint missing from the
 * table fails the test, so nothing new ships without a decision about who may call it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

	enum Caller {
		ANONYMOUS, ADMIN, OWNER, FOREIGN_CARRIER, OFFICER_ON_ITINERARY, OFFICER_OFF_ITINERARY, OFFICER_OF_ANOTHER_POST,
		/** At Fotekhobod (TJ, off the itinerary), having scanned the record's genuine code: the transport view. */
		OFFICER_WHO_SCANNED_OFF_ITINERARY,
		/** Administers Uzbekistan's officers; {id} is one of them. */
		COUNTRY_ADMIN,
		/** Administers Kazakhstan's officers: not the one in {id}. */
		FOREIGN_COUNTRY_ADMIN
	}

	static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

	static final Set<Caller> READERS = EnumSet.of(ADMIN, OWNER, OFFICER_ON_ITINERARY, OFFICER_OF_ANOTHER_POST);

	static final Set<Caller> OFFICERS = EnumSet.of(OFFICER_ON_ITINERARY, OFFICER_OFF_ITINERARY, OFFICER_OF_ANOTHER_POST,
			OFFICER_WHO_SCANNED_OFF_ITINERARY);

	/** Who sees the record in some form: its readers, and a post off the itinerary that scanned it (transport view). */
	static final Set<Caller> VIEWERS = EnumSet.of(ADMIN, OWNER, OFFICER_ON_ITINERARY, OFFICER_OF_ANOTHER_POST,
			OFFICER_WHO_SCANNED_OFF_ITINERARY);

	static final Set<Caller> USER_ADMINS = EnumSet.of(ADMIN, COUNTRY_ADMIN);

	/**
	 * "METHOD pattern" → who may call it. The itinerary is UZ, KZ; the post in {code} is UZYAL; the user in
	 * {id} an officer at UZTAS.
	 */
	static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
			Map.entry("POST /api/auth/token", EVERYONE),
			Map.entry("GET /api/me", SIGNED_IN),
			Map.entry("GET /api/countries", EVERYONE),
			Map.entry("GET /api/posts", EVERYONE),
			Map.entry("GET /api/posts/{code}", EVERYONE),
			Map.entry("GET /api/posts/{code}/expected", EnumSet.of(OFFICER_ON_ITINERARY)),
			Map.entry("GET /api/posts/{code}/expected/stream", EnumSet.of(OFFICER_ON_ITINERARY)),
			Map.entry("GET /api/trust/keys", EVERYONE),
			Map.entry("GET /api/verify", EVERYONE),
			Map.entry("POST /api/scans", OFFICERS),
			Map.entry("POST /api/scans/list-page", OFFICERS),
			Map.entry("GET /api/admin/organizations", EnumSet.of(ADMIN)),
			Map.entry("POST /api/admin/organizations", EnumSet.of(ADMIN)),
			Map.entry("GET /api/admin/users", EnumSet.of(ADMIN, COUNTRY_ADMIN, FOREIGN_COUNTRY_ADMIN)),
			Map.entry("POST /api/admin/users", USER_ADMINS),
			Map.entry("POST /api/admin/users/{id}/disable", USER_ADMINS),
			Map.entry("POST /api/admin/users/{id}/enable", USER_ADMINS),
			Map.entry("POST /api/admin/users/{id}/password", USER_ADMINS),
			Map.entry("POST /api/admin/signing-keys", EnumSet.of(ADMIN)),
			Map.entry("POST /api/admin/signing-keys/{kid}/revoke", EnumSet.of(ADMIN)),
			Map.entry("POST /api/admin/token-keys", EnumSet.of(ADMIN)),
			Map.entry("GET /api/trust/revoked", EVERYONE),
			Map.entry("GET /api/trust/evidence-keys", EVERYONE),
			Map.entry("GET /api/transit-deadline", SIGNED_IN),
			Map.entry("GET /api/log/checkpoint", EVERYONE),
			Map.entry("GET /api/log/key", EVERYONE),
			Map.entry("GET /api/log/proof/inclusion", EVERYONE),
			Map.entry("GET /api/log/proof/consistency", EVERYONE),
			Map.entry("GET /api/admin/security-events", EnumSet.of(ADMIN)),
			Map.entry("POST /api/consignments", EnumSet.of(OWNER, FOREIGN_CARRIER)),
			Map.entry("GET /api/consignments", SIGNED_IN),
			Map.entry("GET /api/consignments/{number}", VIEWERS),
			Map.entry("PUT /api/consignments/{number}", EnumSet.of(OWNER)),
			Map.entry("POST /api/consignments/{number}/cancel", EnumSet.of(OWNER)),
			Map.entry("GET /api/consignments/{number}/qr.png", READERS),
			Map.entry("GET /api/consignments/{number}/qr.svg", READERS),
			Map.entry("GET /api/consignments/{number}/document.pdf", READERS),
			Map.entry("GET /api/consignments/{number}/events", READERS),
			Map.entry("POST /api/consignments/{number}/events",
					EnumSet.of(OFFICER_ON_ITINERARY, OFFICER_OF_ANOTHER_POST, OFFICER_WHO_SCANNED_OFF_ITINERARY)),
			Map.entry("GET /api/consignments/{number}/integrity", READERS),
			Map.entry("GET /api/consignments/{number}/versions", READERS),
			Map.entry("GET /api/consignments/{number}/versions/{version}", READERS),
			Map.entry("GET /api/consignments/{number}/allowed-events", VIEWERS),
			Map.entry("GET /api/consignments/{number}/evidence", READERS),
			Map.entry("GET /api/consignments/{number}/scans", EnumSet.of(OWNER, ADMIN)),
			Map.entry("GET /api/consignments/{number}/grants", READERS),
			Map.entry("POST /api/webhooks", EnumSet.of(OWNER, FOREIGN_CARRIER)),
			Map.entry("GET /api/webhooks", EnumSet.of(OWNER, FOREIGN_CARRIER)),
			Map.entry("DELETE /api/webhooks/{id}", EnumSet.of(OWNER)),
			Map.entry("GET /api/webhooks/{id}/deliveries", EnumSet.of(OWNER)),
			Map.entry("POST /api/webhooks/{id}/enable", EnumSet.of(OWNER)),
			Map.entry("GET /v3/api-docs", EVERYONE),
			Map.entry("GET /v3/api-docs.yaml", EVERYONE),
			Map.entry("GET /v3/api-docs/swagger-config", EVERYONE),
			Map.entry("GET /swagger-ui.html", EVERYONE),
			Map.entry("GET /actuator/health", EVERYONE),
			Map.entry("GET /actuator/health/readiness", EVERYONE),
			Map.entry("GET /actuator/info", EVERYONE),
			Map.entry("GET /actuator/prometheus", EVERYONE));

	@Autowired
	Api api;

	@Autowired
	ApplicationContext context;

	final Map<Caller, String> tokens = new LinkedHashMap<>();

	String username;

	String password;

	/** An officer at UZTAS whom the user endpoints disable, enable and reset. */
	String target;

	@BeforeAll
	void callersOfEveryKind() {
		UUID organization = api.newOrganization();
		tokens.put(ANONYMOUS, null);
		tokens.put(ADMIN, api.adminToken());
		tokens.put(OWNER, api.carrierOf(organization));
		tokens.put(FOREIGN_CARRIER, api.carrierOf(api.newOrganization()));
		tokens.put(OFFICER_ON_ITINERARY, api.officerAt("UZYAL"));
		tokens.put(OFFICER_OFF_ITINERARY, api.officerAt("KGDST"));
		tokens.put(OFFICER_OF_ANOTHER_POST, api.officerAt("KZZHZ"));
		tokens.put(OFFICER_WHO_SCANNED_OFF_ITINERARY, api.officerAt("TJFOT"));
		People people = new People(api);
		tokens.put(COUNTRY_ADMIN, people.countryAdminOf("UZ").tokenFrom(api));
		tokens.put(FOREIGN_COUNTRY_ADMIN, people.countryAdminOf("KZ").tokenFrom(api));
		target = people.officerAt("UZTAS").id().toString();
		username = "matrix-" + Api.uniqueSuffix();
		password = "secret-" + UUID.randomUUID();
		api.client().post().uri("/api/admin/users").headers((h) -> h.setBearerAuth(api.adminToken()))
			.bodyValue(Map.of("username", username, "password", password, "role", "CARRIER", "organizationId",
					organization.toString()))
			.exchange().expectStatus().isCreated();
	}

	@Test
	void everyEndpointHasAnExpectation() {
		assertThat(endpoints()).extracting(Endpoint::key).allSatisfy((key) ->
				assertThat(ALLOWED).as("who may call %s? add it to ALLOWED", key).containsKey(key));
	}

	@Test
	void everyCallerGetsExactlyWhatTheTableAllows() {
		List<String> violations = new ArrayList<>();
		int calls = 0;
		for (Endpoint endpoint : endpoints()) {
			Set<Caller> allowed = ALLOWED.getOrDefault(endpoint.key(), Set.of());
			Map<String, Object> record = new LinkedHashMap<>(api.register(tokens.get(OWNER), aCottonShipment().build()));
			if (endpoint.pattern().contains("{number}")) {
				api.post(tokens.get(OFFICER_WHO_SCANNED_OFF_ITINERARY), "/api/scans", Map.of("qr", record.get("qr")))
					.expectStatus().isOk();
			}
			if (endpoint.pattern().startsWith("/api/webhooks/{id}")) {
				record.put("webhook", ownersWebhook());
			}
			// denied callers first, so an allowed change (cancel, amend) cannot hide a later refusal
			List<Caller> order = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(allowed.isEmpty() ? Set.of(ANONYMOUS) : allowed)));
			order.addAll(allowed);
			for (Caller caller : order) {
				int status;
				try {
					status = call(endpoint, caller, record);
				}
				catch (IllegalStateException ex) {
					violations.add(endpoint.key() + " as " + caller + ": no answer (" + ex.getMessage() + "; "
							+ RequestTrace.verdictFor(pathOf(endpoint, record)) + ")");
					continue;
				}
				calls++;
				String verdict = judge(endpoint, caller, allowed.contains(caller), status);
				if (verdict != null) {
					violations.add(endpoint.key() + " as " + caller + ": " + status + " " + verdict);
				}
			}
		}
		System.out.printf("Access matrix: %d endpoints, %d calls%n", endpoints().size(), calls);
		assertThat(violations).isEmpty();
	}

	private String unusedKid;

	/** A retired QR key that signed nothing: two rotations in a row (revoking it reissues no code). */
	private String unusedKid() {
		if (unusedKid == null) {
			unusedKid = (String) api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated()
				.expectBody(Map.class).returnResult().getResponseBody().get("kid");
			api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated();
		}
		return unusedKid;
	}

	private static String judge(Endpoint endpoint, Caller caller, boolean allowed, int status) {
		boolean refused = status == 401 || status == 403 || status == 404;
		if (allowed) {
			return refused || status >= 500 ? "but the caller is allowed" : null;
		}
		if (!refused) {
			return "but the caller is not allowed";
		}
		if (caller == ANONYMOUS && status != 401 && !ALLOWED.getOrDefault(endpoint.key(), Set.of()).contains(ANONYMOUS)) {
			return "but an anonymous caller must get 401";
		}
		boolean ownerMayCall = ALLOWED.getOrDefault(endpoint.key(), Set.of()).contains(OWNER);
		if (caller == FOREIGN_CARRIER && ownerMayCall && endpoint.pattern().contains("{number}") && status != 404) {
			return "but a foreign consignment must not be seen to exist (404)";
		}
		return null;
	}

	private String pathOf(Endpoint endpoint, Map<String, Object> record) {
		return endpoint.pattern().startsWith("/api/webhooks/{id}")
				? endpoint.pattern().replace("{id}", (String) record.get("webhook"))
				: new Endpoint(endpoint.method(), endpoint.pattern().replace("{id}", target).replace("{kid}", unusedKid()))
					.path((String) record.get("number"), "UZYAL");
	}

	private int call(Endpoint endpoint, Caller caller, Map<String, Object> record) {
		String path = pathOf(endpoint, record);
		WebTestClient client = endpoint.pattern().endsWith("/stream")
				? api.client().mutate().responseTimeout(java.time.Duration.ofSeconds(3)).build()
				: api.client().mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
		WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(endpoint.method()))
			.uri(path.equals("/api/verify") ? "/api/verify?qr={qr}" : path, record.get("qr"))
			.headers((h) -> {
				if (tokens.get(caller) != null) {
					h.setBearerAuth(tokens.get(caller));
				}
			});
		Object body = body(endpoint, record);
		WebTestClient.RequestHeadersSpec<?> spec = body == null ? request
				: request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		if (endpoint.pattern().endsWith("/stream")) {
			// a refusal answers at once; an accepted stream stays open and silent until the first event
			try {
				var result = spec.accept(MediaType.TEXT_EVENT_STREAM).exchange().returnResult(String.class);
				// an accepted stream stays open: cancel it, or it holds a connection and a stream slot
				StepVerifier.create(result.getResponseBody()).thenCancel().verify(java.time.Duration.ofSeconds(3));
				return result.getStatus().value();
			}
			catch (IllegalStateException ex) {
				return 200;
			}
		}
		return spec.exchange().expectBody().returnResult().getStatus().value();
	}

	private Object body(Endpoint endpoint, Map<String, Object> record) {
		return switch (endpoint.key()) {
			case "POST /api/auth/token" -> Map.of("username", username, "password", password);
			case "POST /api/scans" -> Map.of("qr", record.get("qr"));
			case "POST /api/scans/list-page" -> Map.of("qr", record.get("qr"), "pages",
					List.of("KVL1:" + record.get("number") + ":1:1/1:CSQU3054383"));
			case "POST /api/admin/organizations" -> Map.of("name", "Matrix " + Api.uniqueSuffix(), "country", "UZ");
			case "POST /api/admin/users" -> Map.of("username", "matrix-" + Api.uniqueSuffix(), "password",
					"secret-" + UUID.randomUUID(), "role", "OFFICER", "postCode", "UZYAL");
			case "POST /api/admin/users/{id}/password" -> Map.of("password", "secret-" + UUID.randomUUID());
			case "POST /api/consignments", "PUT /api/consignments/{number}" -> aCottonShipment().build();
			case "POST /api/consignments/{number}/events" -> anEvent("DEPARTURE").build();
			case "POST /api/webhooks" -> WEBHOOK;
			default -> null;
		};
	}

	/**
	 * A public https target (registration refuses private ones here); overdue only, so the matrix's
	 * departures send nothing out.
	 */
	static final Map<String, Object> WEBHOOK = Map.of("url", "https://hooks.example.com/karvon", "events",
			List.of("consignment.overdue"));

	/** A new endpoint of the owner's organization for each webhook route: the owner's DELETE removes one. */
	private String ownersWebhook() {
		return (String) Api.asMap(api.post(tokens.get(OWNER), "/api/webhooks", WEBHOOK)
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()).get("id");
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(Routes.of(context));
		Routes.OPERATIONS.stream().filter((e) -> !endpoints.contains(e)).forEach(endpoints::add);
		return endpoints;
	}

}
