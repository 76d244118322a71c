package org.karvon.consignment.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ConsignmentVisibilityIntegrationTests {

	@Autowired
	Api api;

	String carrierA;

	String carrierB;

	String number;

	@BeforeEach
	void twoCarriers() {
		carrierA = api.carrierOf(api.newOrganization());
		carrierB = api.carrierOf(api.newOrganization());
		number = (String) api.register(carrierA, aCottonShipment().build()).get("number");
	}

	@Test
	void anotherCarrierCannotReadAnythingOfIt() {
		for (String path : new String[] { "", "/qr.png", "/qr.svg", "/document.pdf" }) {
			api.get(carrierB, "/api/consignments/{n}" + path, number)
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.value((body) -> assertThat(body).doesNotContain("Silk Way").doesNotContain("01A123BC"));
		}
	}

	@Test
	void anotherCarrierCannotAmendOrCancelIt() {
		api.put(carrierB, "/api/consignments/{n}", aCottonShipment().withPlates("HIJACK1").build(), number)
			.expectStatus()
			.isNotFound();
		api.post(carrierB, "/api/consignments/{n}/cancel", null, number).expectStatus().isNotFound();
		api.get(carrierA, "/api/consignments/{n}", number).expectBody().jsonPath("$.status").isEqualTo("REGISTERED")
			.jsonPath("$.transport.vehiclePlates[0]").isEqualTo("01A123BC");
	}

	@Test
	void anotherCarrierDoesNotSeeItInItsList() {
		api.get(carrierB, "/api/consignments").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0)
			.jsonPath("$.items").isEmpty();
		api.get(carrierA, "/api/consignments").expectBody().jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].number").isEqualTo(number);
	}

	@Test
	void officersOfItineraryCountriesSeeItOthersDoNot() {
		api.get(api.officerAt("KZZHZ"), "/api/consignments/{n}", number).expectStatus().isOk();
		api.get(api.officerAt("UZYAL"), "/api/consignments/{n}", number).expectStatus().isOk();
		api.get(api.officerAt("TJFOT"), "/api/consignments/{n}", number).expectStatus().isNotFound();
		api.get(api.officerAt("TJFOT"), "/api/consignments?q={n}", number).expectBody().jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void adminsSeeIt() {
		api.get(api.adminToken(), "/api/consignments/{n}", number).expectStatus().isOk();
	}

	@Test
	void nobodyWithoutATokenSeesIt() {
		api.client().get().uri("/api/consignments/{n}", number).exchange().expectStatus().isUnauthorized();
		api.client().get().uri("/api/consignments/{n}/qr.png", number).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void answersTheSameForAnUnknownNumberAsForAForeignOne() {
		Map<?, ?> foreign = api.get(carrierB, "/api/consignments/{n}", number).expectBody(Map.class).returnResult()
			.getResponseBody();
		assertThat(foreign.get("status")).isEqualTo(404);
		assertThat((String) foreign.get("detail")).contains(number);
	}

}
