package org.karvon.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.signing.TokenSurgery;
import org.karvon.consignment.MrnCheck;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.SigningKeys;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ScanIntegrationTests {

	@Autowired
	Api api;

	Scans scans;

	String carrier;

	String officer;

	String number;

	String qr;

	@BeforeEach
	void aRegisteredCottonShipment() {
		scans = new Scans(api);
		carrier = api.carrierOf(api.newOrganization());
		officer = api.officerAt("UZYAL");
		Map<String, Object> record = api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ").build());
		number = (String) record.get("number");
		qr = (String) record.get("qr");
	}

	@Test
	void answersValidWithTheRecordForTheCurrentCode() {
		scans.qr(officer, qr).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("VALID")
			.jsonPath("$.consignment.number").isEqualTo(number)
			.jsonPath("$.consignment.version").isEqualTo(1)
			.jsonPath("$.consignment.transport.vehiclePlates[0]").isEqualTo("01A123BC");
	}

	@Test
	void answersSupersededWithTheRecordForTheCodeOfAnAmendedVersion() {
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withPlates("01B777CD").build(), number)
			.expectStatus().isOk();
		scans.qr(officer, qr).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("SUPERSEDED")
			.jsonPath("$.consignment.version").isEqualTo(2)
			.jsonPath("$.consignment.transport.vehiclePlates[0]").isEqualTo("01B777CD");
	}

	@Test
	void answersCancelledAfterCancellation() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();
		scans.qr(officer, qr).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("CANCELLED")
			.jsonPath("$.consignment.status").isEqualTo("CANCELLED");
	}

	@Test
	void answersForgedWithoutARecordWhenOneCharacterOfTheSignatureChanges() {
		scans.qr(officer, TokenSurgery.withSignatureCharacterChanged(qr)).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("FORGED")
			.jsonPath("$.consignment").isEmpty();
	}

	@Test
	void answersForgedWithoutARecordWhenThePayloadIsAltered() {
		String altered = TokenSurgery.withSignedTextReplaced(qr, "01A123BC", "01A123BD");
		scans.qr(officer, altered).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("FORGED")
			.jsonPath("$.consignment").isEmpty();
	}

	@Test
	void answersForgedOrMalformedWhenAnyOneCharacterOfThePayloadChanges() {
		int[] claims = TokenSurgery.claimsCharacters(qr);
		for (int i = claims[0]; i < claims[1]; i += 7) {
			assertThat(scans.verdictOf(officer, changedAt(qr, i))).as("character %d changed", i)
				.isIn("FORGED", "MALFORMED");
		}
	}

	@Test
	void answersUnknownKeyForACodeSignedByAForeignKey() {
		QrTokenSigner foreign = new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2026-01-f0f0")));
		String token = foreign.sign(new QrClaims(number, 1, Instant.now(), "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567")));
		scans.qr(officer, token).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("UNKNOWN_KEY")
			.jsonPath("$.consignment").isEmpty();
	}

	@Test
	void answersMalformedForGarbageAndOverlongText() {
		assertThat(scans.verdictOf(officer, "https://example.com/not-a-karvon-code")).isEqualTo("MALFORMED");
		assertThat(scans.verdictOf(officer, "a.b.c")).isEqualTo("MALFORMED");
		assertThat(scans.verdictOf(officer, qr + "x".repeat(5000))).isEqualTo("MALFORMED");
	}

	@Test
	void answersValidWithTheRecordForATypedNumber() {
		scans.number(officer, number.toLowerCase()).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("VALID")
			.jsonPath("$.consignment.number").isEqualTo(number);
	}

	@Test
	void aTypedNumberOpensNothingToAnOfficerOffTheItinerary() {
		String dushanbe = api.officerAt("TJDYU");
		scans.number(dushanbe, number).expectStatus().isNotFound();
		api.get(dushanbe, "/api/consignments/{n}", number).expectStatus().isNotFound();
	}

	@Test
	void refusesAMistypedNumberNamingTheExpectedCheckCharacter() {
		String mistyped = number.substring(0, 17) + (number.charAt(17) == 'A' ? 'B' : 'A');
		scans.number(officer, mistyped).expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("check character"));
	}

	@Test
	void answersNotFoundForAWellFormedNumberNobodyIssued() {
		String body = number.substring(0, 4) + "2222222222222";
		scans.number(officer, body + MrnCheck.checkCharacterOf(body)).expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void requiresExactlyOneOfQrAndNumber() {
		api.post(officer, "/api/scans", Map.of()).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("qr")
			.jsonPath("$.errors[1].field").isEqualTo("number");
		api.post(officer, "/api/scans", Map.of("qr", qr, "number", number)).expectStatus().isBadRequest();
	}

	@Test
	void refusesCarriersAndAdmins() {
		scans.qr(carrier, qr).expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		scans.qr(api.adminToken(), qr).expectStatus().isForbidden();
		scans.number(carrier, number).expectStatus().isForbidden();
	}

	@Test
	void requiresAToken() {
		api.client().post().uri("/api/scans").bodyValue(Map.of("qr", qr)).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void opensTheRecordToAnOffItineraryPostWhereTheCargoIsScanned() {
		String atFotekhobod = api.officerAt("TJFOT");
		api.get(atFotekhobod, "/api/consignments/{n}", number).expectStatus().isNotFound();
		scans.qr(atFotekhobod, qr).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("VALID")
			.jsonPath("$.consignment.number").isEqualTo(number);
		api.get(atFotekhobod, "/api/consignments/{n}", number).expectStatus().isOk();
		api.get(api.officerAt("TJDYU"), "/api/consignments/{n}", number).expectStatus().isNotFound();
	}

	@Test
	void doesNotOpenTheRecordForAForgedCode() {
		String atFotekhobod = api.officerAt("TJFOT");
		scans.qr(atFotekhobod, TokenSurgery.withSignatureCharacterChanged(qr)).expectStatus().isOk();
		api.get(atFotekhobod, "/api/consignments/{n}", number).expectStatus().isNotFound();
	}

	private static String changedAt(String text, int index) {
		char replacement = (text.charAt(index) == 'A') ? 'B' : 'A';
		return text.substring(0, index) + replacement + text.substring(index + 1);
	}

}
