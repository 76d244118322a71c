package org.karvon.signing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.StoredKey;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/** A leaked QR signing key is revoked: its codes scan REVOKED, live records get new codes, the JWKS drops it. */
@IntegrationTest
class KeyRevocationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WrappedKeyStore store;

	@LocalServerPort
	int port;

	@Test
	void aRevokedKeysCodesScanRevokedAndLiveRecordsGetANewCodeThatScansValid() {
		String carrier = api.carrierOf(api.newOrganization());
		Map<String, Object> registered = api.register(carrier, aCottonShipment().build());
		String number = (String) registered.get("number");
		String old = (String) registered.get("qr");
		String kid = TokenSurgery.kid(old);

		Map<?, ?> revoked = api.post(api.adminToken(), "/api/admin/signing-keys/{kid}/revoke", null, kid)
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

		assertThat(revoked.get("kid")).isEqualTo(kid);
		assertThat(revoked.get("activeKid")).isNotNull().isNotEqualTo(kid);
		assertThat(((Number) revoked.get("reissued")).longValue()).isPositive();
		String reissued = (String) api.consignment(carrier, number).get("qr");
		assertThat(reissued).isNotEqualTo(old);
		assertThat(TokenSurgery.kid(reissued)).isEqualTo(revoked.get("activeKid"));
		assertThat(publicVerdict(old)).isEqualTo("REVOKED");
		Map<?, ?> scanned = scanVerdict(old);
		assertThat(scanned.get("verdict")).isEqualTo("REVOKED");
		assertThat(scanned.get("consignment")).isNull();
		assertThat(publicVerdict(reissued)).isEqualTo("VALID");
		assertThat(scanVerdict(reissued).get("verdict")).isEqualTo("VALID");
		api.client().get().uri("/api/trust/keys").exchange().expectBody()
			.jsonPath("$.keys[?(@.kid == '" + kid + "')]").doesNotExist()
			.jsonPath("$.keys[?(@.kid == '" + revoked.get("activeKid") + "')]").exists();
		api.client().get().uri("/api/trust/revoked").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.revoked[?(@.kid == '" + kid + "')].revokedAt").isEqualTo(List.of(revoked.get("revokedAt")))
			.jsonPath("$.revoked[*].d").doesNotExist();
	}

	@Test
	void aForgeryNamingARevokedKeyIsStillForged() {
		String carrier = api.carrierOf(api.newOrganization());
		String old = (String) api.register(carrier, aCottonShipment().build()).get("qr");
		api.post(api.adminToken(), "/api/admin/signing-keys/{kid}/revoke", null, TokenSurgery.kid(old)).expectStatus().isOk();

		assertThat(publicVerdict(TokenSurgery.withSignatureCharacterChanged(old))).isEqualTo("FORGED");
	}

	@Test
	void concurrentRotationsAndRevocationsNeverLeaveTheServiceWithoutAnActiveKey() {
		WebClient client = WebClient.create("http://localhost:" + port);
		String admin = api.adminToken();
		for (int round = 0; round < 3; round++) {
			String active = TokenSurgery.kid((String) api.register(api.carrierOf(api.newOrganization()),
					aCottonShipment().build()).get("qr"));
			List<CompletableFuture<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String path = (i % 2 == 0) ? "/api/admin/signing-keys" : "/api/admin/signing-keys/" + active + "/revoke";
				calls.add(client.post().uri(path).headers((h) -> h.setBearerAuth(admin))
					.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
					.toFuture());
			}
			assertThat(calls.stream().map(CompletableFuture::join).toList()).allMatch((status) -> status == 200 || status == 201);

			List<StoredKey> keys = store.of(KeyPurpose.QR_SIGNING).collectList().block(Duration.ofSeconds(30));
			assertThat(keys).filteredOn((key) -> key.state() == KeyState.ACTIVE).hasSize(1);
			String signedNow = (String) api.register(api.carrierOf(api.newOrganization()), aCottonShipment().build()).get("qr");
			assertThat(publicVerdict(signedNow)).isEqualTo("VALID");
			assertThat(TokenSurgery.kid(signedNow)).isNotEqualTo(active);
		}
	}

	@Test
	void onlyAdminsRevokeAndAnUnknownKidIs404() {
		String kid = TokenSurgery.kid((String) api.register(api.carrierOf(api.newOrganization()), aCottonShipment().build())
			.get("qr"));
		api.post(api.carrierOf(api.newOrganization()), "/api/admin/signing-keys/{kid}/revoke", null, kid).expectStatus().isForbidden();
		api.post(api.officerAt("UZYAL"), "/api/admin/signing-keys/{kid}/revoke", null, kid).expectStatus().isForbidden();
		api.client().post().uri("/api/admin/signing-keys/{kid}/revoke", kid).exchange().expectStatus().isUnauthorized();
		api.post(api.adminToken(), "/api/admin/signing-keys/{kid}/revoke", null, "k-1999-01-dead").expectStatus().isNotFound()
			.expectHeader().contentType("application/problem+json");
		assertThat(publicVerdict((String) api.register(api.carrierOf(api.newOrganization()), aCottonShipment().build())
			.get("qr"))).isEqualTo("VALID");
	}

	private String publicVerdict(String qr) {
		return (String) api.client().get().uri((uri) -> uri.path("/api/verify").queryParam("qr", "{qr}").build(qr)).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("verdict");
	}

	private Map<?, ?> scanVerdict(String qr) {
		return api.post(api.officerAt("UZTAS"), "/api/scans", Map.of("qr", qr)).expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
	}

}
