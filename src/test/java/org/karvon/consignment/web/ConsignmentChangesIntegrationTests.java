package org.karvon.consignment.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ConsignmentChangesIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	Map<String, Object> registered;

	@BeforeEach
	void registerOne() {
		carrier = api.carrierOf(api.newOrganization());
		registered = api.register(carrier, aCottonShipment().build());
	}

	@Test
	void amendingRaisesTheVersionAndIssuesANewToken() {
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withPlates("01B777CD").build(), number())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.number").isEqualTo(number())
			.jsonPath("$.transport.vehiclePlates[0]").isEqualTo("01B777CD")
			.jsonPath("$.qr").value((qr) -> assertThat(qr).isNotEqualTo(registered.get("qr")));
	}

	@Test
	void cancelsWhileRegistered() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number()).expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("CANCELLED");
		api.get(carrier, "/api/consignments/{n}", number()).expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
	}

	@Test
	void refusesToAmendOrCancelACancelledConsignment() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number()).expectStatus().isOk();
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().build(), number())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code").isEqualTo("CONSIGNMENT_CLOSED");
		api.post(carrier, "/api/consignments/{n}/cancel", null, number()).expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.code").isEqualTo("CONSIGNMENT_CLOSED");
	}

	@Test
	void validatesAnAmendmentLikeARegistration() {
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withGoods("1", "x", "USD").build(), number())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("goods[0].hsCode");
		api.get(carrier, "/api/consignments/{n}", number()).expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void officersCannotAmend() {
		api.put(api.officerAt("UZTAS"), "/api/consignments/{n}", aCottonShipment().build(), number())
			.expectStatus()
			.isForbidden();
	}

	private String number() {
		return (String) registered.get("number");
	}

}
