package org.karvon.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.anInspection;

/** Failed logins, refusals, user changes and key rotations end up where an ADMIN can page through them. */
@IntegrationTest
class SecurityEventsIntegrationTests {

	@Autowired
	Api api;

	@Test
	void recordsFailedLoginsRefusalsNewUsersAndKeyRotationsForAnAdmin() {
		String stranger = "stranger-" + Api.uniqueSuffix();
		api.client().post().uri("/api/auth/token").bodyValue(Map.of("username", stranger, "password", "not-a-password"))
			.exchange().expectStatus().isUnauthorized();
		String carrier = api.carrierOf(api.newOrganization());
		api.get(carrier, "/api/admin/security-events").expectStatus().isForbidden();
		api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated();

		eventually(Duration.ofSeconds(10), () -> {
			List<Map<String, Object>> items = events();
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "LOGIN_FAILED").containsEntry("username", stranger));
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "FORBIDDEN")
				.containsEntry("detail", "GET /api/admin/security-events"));
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "USER_CREATED"));
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "SIGNING_KEY_ROTATED"));
		});
	}

	@Test
	void namesTheCallerOfARefusalAndRecordsJurisdictionRefusals() {
		String carrier = api.carrierOf(api.newOrganization());
		String tashkent = api.officerAt("UZTAS");
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(tashkent, number, anEvent("DEPARTURE").build());
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		api.record(api.officerAt("KZZHZ"), number, anEvent("ENTRY").build());
		api.post(tashkent, "/api/consignments/{n}/events", anInspection("NO_FINDINGS").build(), number)
			.expectStatus().isEqualTo(409);
		api.get(carrier, "/api/admin/users").expectStatus().isForbidden();

		String carrierName = username(carrier);
		String tashkentName = username(tashkent);
		eventually(Duration.ofSeconds(10), () -> {
			List<Map<String, Object>> items = events();
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "FORBIDDEN")
				.containsEntry("username", carrierName).containsEntry("detail", "GET /api/admin/users"));
			assertThat(items).anySatisfy((e) -> assertThat(e).containsEntry("kind", "JURISDICTION_REFUSED")
				.containsEntry("username", tashkentName)
				.containsEntry("detail", "CARGO_NOT_HERE INSPECTION of " + number + " at UZTAS"));
		});
	}

	private String username(String token) {
		return (String) api.get(token, "/api/me").expectStatus().isOk().expectBody(Map.class).returnResult()
			.getResponseBody().get("username");
	}

	private static void eventually(Duration limit, Runnable check) {
		long end = System.nanoTime() + limit.toNanos();
		while (true) {
			try {
				check.run();
				return;
			}
			catch (AssertionError notYet) {
				if (System.nanoTime() > end) {
					throw notYet;
				}
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw notYet;
				}
			}
		}
	}

	@Test
	void refusesBadPaging() {
		api.get(api.adminToken(), "/api/admin/security-events?page=-1&size=0").expectStatus().isBadRequest();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> events() {
		Map<String, Object> page = api.get(api.adminToken(), "/api/admin/security-events?page=0&size=200").expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(page).containsKeys("items", "page", "size", "total");
		return (List<Map<String, Object>>) page.get("items");
	}

}
