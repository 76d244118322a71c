package org.karvon.consignment.web;

import static org.karvon.security.Callers.aCarrier;
import static org.karvon.security.Callers.anAdmin;
import static org.karvon.security.Callers.anOfficerAt;
import static org.karvon.security.Callers.as;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentBuilder;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.consignment.application.QrTokens;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.registry.SilkRoad;
import org.karvon.registry.persistence.Registries;
import org.karvon.security.SecuredSlice;
import org.karvon.support.NoTransaction;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The consignment endpoints behind the real filter chain, the real {@link ConsignmentService} rules
 * and the real problem mapping, with the database replaced: who is turned away, and how bad input is
 * answered. The stories with a real database are the {@code Consignment…IntegrationTests}.
 */
@WebFluxTest(ConsignmentController.class)
@Import({ SecuredSlice.class, ConsignmentService.class, NoTransaction.class })
class ConsignmentControllerTests {

	static final String NUMBER = ConsignmentBuilder.aConsignment().build().number().toString();

	WebTestClient client;

	@MockitoBean
	Consignments consignments;

	@MockitoBean
	PostAccessGrants grants;

	@MockitoBean
	QrTokens tokens;

	@MockitoBean
	QrImages images;

	@MockitoBean
	AccompanyingDocuments documents;

	@MockitoBean
	Registries registries;

	@BeforeEach
	void client(@Autowired ApplicationContext context) {
		client = SecuredSlice.client(context);
	}

	@Test
	void turnsAwayACallerWithoutATokenWithAProblem() {
		client.post().uri("/api/consignments").bodyValue(aCottonShipment().build()).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.title").isEqualTo("Unauthorized").jsonPath("$.instance").isEqualTo("/api/consignments");
		client.get().uri("/api/consignments/" + NUMBER).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void letsOnlyCarriersRegisterOrChangeConsignments() {
		client.mutateWith(as(anOfficerAt("UZYAL"))).post().uri("/api/consignments")
			.bodyValue(aCottonShipment().build()).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("Only carriers register and change consignments.");
		client.mutateWith(as(anAdmin())).put().uri("/api/consignments/" + NUMBER)
			.bodyValue(aCottonShipment().build()).exchange().expectStatus().isForbidden();
		client.mutateWith(as(anAdmin())).post().uri("/api/consignments/" + NUMBER + "/cancel").exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void namesEveryInvalidFieldOfADraft() {
		given(registries.current()).willReturn(Mono.just(SilkRoad.registry()));
		client.mutateWith(as(aCarrier())).post().uri("/api/consignments")
			.bodyValue(aCottonShipment().from("UZXXX").to("CNHRG").build()).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.errors[?(@.field == 'departurePost')].message").isEqualTo("no customs post UZXXX; see GET /api/posts")
			.jsonPath("$.errors[?(@.field == 'destinationPost')]").exists();
	}

	@Test
	void answersAnUnreadableBodyWithABadRequest() {
		client.mutateWith(as(aCarrier())).post().uri("/api/consignments").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"departurePost\": ").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void explainsAMalformedNumberStatusOrSize() {
		WebTestClient officer = client.mutateWith(as(anOfficerAt("UZYAL")));
		officer.get().uri("/api/consignments/not-a-number").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.title").isEqualTo("Invalid consignment number");
		officer.get().uri("/api/consignments?status=LOST").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.title").isEqualTo("Invalid status");
		officer.get().uri("/api/consignments/" + NUMBER + "/qr.png?size=5").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.title").isEqualTo("Invalid size");
	}

	@Test
	void hidesARecordOffTheOfficersItineraryAsIfItDidNotExist() {
		ConsignmentRecord tashkentToAlmaty = new ConsignmentRecord(ConsignmentBuilder.aConsignment()
			.from("UZTAS").to("KZALA").via("UZ", "KZ").build(), "token", 0, null, "Silk Way");
		given(consignments.byNumber(any())).willReturn(Mono.just(tashkentToAlmaty));
		given(grants.stateOf(any(), any(), any())).willReturn(Mono.just(org.karvon.consignment.access.PostGrant.NONE));
		client.mutateWith(as(anOfficerAt("KGDST"))).get().uri("/api/consignments/" + NUMBER).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("No consignment " + NUMBER + " that you may see.");
		client.mutateWith(as(anOfficerAt("KZALA"))).get().uri("/api/consignments/" + NUMBER).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.number").isEqualTo(NUMBER);
	}

}
