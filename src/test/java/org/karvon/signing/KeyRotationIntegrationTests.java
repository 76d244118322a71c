package org.karvon.signing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/** Keys rotate without invalidating the codes already printed on documents on the road. */
@IntegrationTest
class KeyRotationIntegrationTests {

	@Autowired
	Api api;

	@Test
	void aRotatedKeySignsNewCodesWhileOldCodesStillVerify() {
		String carrier = api.carrierOf(api.newOrganization());
		String before = (String) api.register(carrier, aCottonShipment().build()).get("qr");

		Map<?, ?> rotated = api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		String after = (String) api.register(carrier, aCottonShipment().build()).get("qr");

		assertThat(TokenSurgery.kid(after)).isEqualTo(rotated.get("kid"))
			.isNotEqualTo(TokenSurgery.kid(before));
		api.client().get().uri("/api/trust/keys").exchange().expectBody()
			.jsonPath("$.keys[?(@.kid == '" + rotated.get("kid") + "')]").exists()
			.jsonPath("$.keys[?(@.kid == '" + TokenSurgery.kid(before) + "')]").exists()
			.jsonPath("$.keys[*].d").doesNotExist();
		for (String qr : new String[] { before, after }) {
			api.client().get().uri((uri) -> uri.path("/api/verify").queryParam("qr", "{qr}").build(qr)).exchange()
				.expectBody().jsonPath("$.verdict").isEqualTo("VALID");
		}
	}

	@Test
	void onlyAdminsRotate() {
		api.post(api.carrierOf(api.newOrganization()), "/api/admin/signing-keys", null).expectStatus().isForbidden();
		api.post(api.officerAt("UZYAL"), "/api/admin/signing-keys", null).expectStatus().isForbidden();
	}

}
