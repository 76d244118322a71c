package org.karvon.consignment.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ConsignmentListIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	String cancelled;

	@BeforeEach
	void threeConsignments() {
		carrier = api.carrierOf(api.newOrganization());
		api.register(carrier, aCottonShipment().withPlates("10A001AA").build());
		api.register(carrier, aCottonShipment().withPlates("10A002AA").build());
		cancelled = (String) api.register(carrier, aCottonShipment().withPlates("10A003AA").build()).get("number");
		api.post(carrier, "/api/consignments/{n}/cancel", null, cancelled).expectStatus().isOk();
	}

	@Test
	void pagesNewestFirst() {
		api.get(carrier, "/api/consignments?page=0&size=2").expectStatus().isOk().expectBody()
			.jsonPath("$.total").isEqualTo(3)
			.jsonPath("$.page").isEqualTo(0)
			.jsonPath("$.size").isEqualTo(2)
			.jsonPath("$.items.length()").isEqualTo(2)
			.jsonPath("$.items[0].number").isEqualTo(cancelled);
		api.get(carrier, "/api/consignments?page=1&size=2").expectBody().jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void filtersByStatus() {
		api.get(carrier, "/api/consignments?status=CANCELLED").expectBody().jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].number").isEqualTo(cancelled);
		api.get(carrier, "/api/consignments?status=registered").expectBody().jsonPath("$.total").isEqualTo(2);
	}

	@Test
	void searchesByPlateOrNumberPrefix() {
		api.get(carrier, "/api/consignments?q=10a002aa").expectBody().jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].transport.vehiclePlates[0]").isEqualTo("10A002AA");
		api.get(carrier, "/api/consignments?q={prefix}", cancelled.substring(0, 12)).expectBody()
			.jsonPath("$.items[0].number").isEqualTo(cancelled);
	}

	@Test
	void refusesNonsensePagingWithAProblem() {
		api.get(carrier, "/api/consignments?size=0").expectStatus().isBadRequest();
		api.get(carrier, "/api/consignments?size=1000").expectStatus().isBadRequest();
		api.get(carrier, "/api/consignments?page=-1").expectStatus().isBadRequest();
		api.get(carrier, "/api/consignments?page=abc").expectStatus().isBadRequest();
		api.get(carrier, "/api/consignments?status=LOST").expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
			.value((detail) -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("IN_TRANSIT"));
	}

}
