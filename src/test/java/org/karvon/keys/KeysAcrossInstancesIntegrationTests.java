package org.karvon.keys;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.database.KarvonDatabase;
import org.karvon.signing.TokenSurgery;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import org.karvon.support.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * Two instances on one database: a QR key rotated, a QR key revoked, or the token key rotated on A takes
 * effect on B within seconds (B re-reads the keys every 2 s), and tokens issued before a token-key rotation
 * stay good on both.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysAcrossInstancesIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	SecondInstance b;

	@BeforeAll
	void startInstanceB() {
		b = SecondInstance.start(database);
	}

	@AfterAll
	void stopInstanceB() {
		b.close();
	}

	@Test
	void aKeyRotatedOnOneInstanceSignsOnTheOtherWithinSeconds() {
		String carrier = api.carrierOf(api.newOrganization());
		Map<?, ?> rotated = api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		long at = System.nanoTime();

		Eventually.holds(() -> TokenSurgery.kid(registerOnB(carrier)).equals(rotated.get("kid")));
		assertThat(Duration.ofNanos(System.nanoTime() - at)).isLessThan(WITHIN);
	}

	@Test
	void aKeyRevokedOnOneInstanceScansRevokedOnTheOtherWithinSeconds() {
		String carrier = api.carrierOf(api.newOrganization());
		String old = registerOnB(carrier);
		assertThat(b.verdictOf(old)).isEqualTo("VALID");
		String kid = TokenSurgery.kid(old);

		api.post(api.adminToken(), "/api/admin/signing-keys/{kid}/revoke", null, kid).expectStatus().isOk();
		long at = System.nanoTime();

		Eventually.holds(() -> "REVOKED".equals(b.verdictOf(old)));
		Eventually.holds(() -> !b.get("/api/trust/keys").contains(kid) && b.get("/api/trust/revoked").contains(kid));
		Eventually.holds(() -> !TokenSurgery.kid(registerOnB(carrier)).equals(kid));
		assertThat(Duration.ofNanos(System.nanoTime() - at)).isLessThan(WITHIN.plus(WITHIN));
	}

	@Test
	void aTokenKeyRotatedOnOneInstanceSignsOnTheOtherAndOldTokensStayGood() {
		String before = api.adminToken();
		String oldKid = kidOf(before);

		Map<?, ?> rotated = api.post(before, "/api/admin/token-keys", null).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		long at = System.nanoTime();

		assertThat(rotated.get("kid")).isNotEqualTo(oldKid);
		Eventually.holds(() -> rotated.get("kid").equals(kidOf(loginOnB())));
		assertThat(Duration.ofNanos(System.nanoTime() - at)).isLessThan(WITHIN);
		assertThat(statusOnB(before)).isEqualTo(200);
		api.get(before, "/api/me").expectStatus().isOk();
		assertThat(statusOnB(loginOnB())).isEqualTo(200);
		api.get(loginOnB(), "/api/me").expectStatus().isOk();
	}

	@Test
	void onlyAdminsRotateTheTokenKey() {
		api.post(api.carrierOf(api.newOrganization()), "/api/admin/token-keys", null).expectStatus().isForbidden();
		api.post(api.officerAt("UZYAL"), "/api/admin/token-keys", null).expectStatus().isForbidden();
		api.client().post().uri("/api/admin/token-keys").exchange().expectStatus().isUnauthorized();
	}

	private String registerOnB(String carrier) {
		return b.client().post().uri("/api/consignments").headers((h) -> h.setBearerAuth(carrier))
			.bodyValue(aCottonShipment().build()).retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30))
			.get("qr").toString();
	}

	private String loginOnB() {
		return b.client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
			.retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30)).get("accessToken").toString();
	}

	private int statusOnB(String token) {
		return b.client().get().uri("/api/me").headers((h) -> h.setBearerAuth(token))
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.block(Duration.ofSeconds(30));
	}

	private static String kidOf(String jwt) {
		String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
		int start = header.indexOf("\"kid\":\"") + 7;
		return header.substring(start, header.indexOf('"', start));
	}

}
