package org.karvon.journal.web;

import static org.karvon.security.Callers.aCarrier;
import static org.karvon.security.Callers.anOfficerAt;
import static org.karvon.security.Callers.as;
import static org.karvon.support.EventRequestBuilder.anEvent;
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
import org.karvon.journal.HashChain;
import org.karvon.journal.Trail;
import org.karvon.journal.application.JournalQueries;
import org.karvon.journal.application.JournalService;
import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.Journals;
import org.karvon.kernel.CountryCode;
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
 * Recording an event behind the real filter chain, the real {@link JournalService} decisions and the
 * real problem mapping, with the journal's storage mocked. The chained, concurrent and replayed
 * stories with a real database are the journal's {@code …IntegrationTests}.
 */
@WebFluxTest(JournalController.class)
@Import({ SecuredSlice.class, JournalService.class, ConsignmentService.class, NoTransaction.class })
class JournalControllerTests {

	static final ConsignmentRecord TASHKENT_TO_ALMATY = new ConsignmentRecord(
			ConsignmentBuilder.aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ").build(), "token", 0,
			HashChain.GENESIS, "Silk Way");

	static final String EVENTS = "/api/consignments/" + TASHKENT_TO_ALMATY.number() + "/events";

	@MockitoBean
	Journals journals;

	@MockitoBean
	ExpectedArrivals expected;

	@MockitoBean
	JournalQueries queries;

	@MockitoBean
	Consignments consignments;

	@MockitoBean
	PostAccessGrants grants;

	@MockitoBean
	QrTokens tokens;

	@MockitoBean
	Registries registries;

	WebTestClient client;

	@BeforeEach
	void client(@Autowired ApplicationContext context) {
		client = SecuredSlice.client(context);
		given(registries.current()).willReturn(Mono.just(SilkRoad.registry()));
	}

	@Test
	void turnsAwayACallerWithoutAToken() {
		client.post().uri(EVENTS).bodyValue(anEvent("EXIT").build()).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		client.get().uri(EVENTS).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void letsOnlyOfficersRecordEvents() {
		client.mutateWith(as(aCarrier())).post().uri(EVENTS).bodyValue(anEvent("EXIT").build()).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("Only customs officers record movement events.");
	}

	@Test
	void namesEveryInvalidFieldOfAnEvent() {
		client.mutateWith(as(anOfficerAt("UZYAL"))).post().uri(EVENTS)
			.bodyValue(anEvent("TELEPORT").withId("not-a-uuid").with("occurredAt", "yesterday").build()).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.errors[?(@.field == 'id')]").exists()
			.jsonPath("$.errors[?(@.field == 'type')]").exists()
			.jsonPath("$.errors[?(@.field == 'occurredAt')]").exists();
	}

	@Test
	void explainsAMalformedNumberOrRange() {
		WebTestClient officer = client.mutateWith(as(anOfficerAt("UZYAL")));
		officer.post().uri("/api/consignments/nope/events").bodyValue(anEvent("EXIT").build()).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.title").isEqualTo("Invalid consignment number");
		officer.get().uri(EVENTS + "?fromSeq=0").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.title").isEqualTo("Invalid range");
	}

	@Test
	void refusesAnExitBeforeTheDepartureWithItsCode() {
		given(journals.lock(any())).willReturn(Mono.just(new Journals.Journey(TASHKENT_TO_ALMATY,
				Trail.startingIn(CountryCode.parse("UZ")))));
		given(journals.event(any())).willReturn(Mono.empty());
		given(grants.stateOf(any(), any(), any())).willReturn(Mono.just(org.karvon.consignment.access.PostGrant.NONE));
		given(expected.countryOf(any())).willReturn(Mono.just(java.util.Optional.empty()));
		client.mutateWith(as(anOfficerAt("UZYAL"))).post().uri(EVENTS).bodyValue(anEvent("EXIT").build()).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("NOT_DEPARTED");
	}

}
