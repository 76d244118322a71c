package org.karvon.journal.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.journal.evidence.EvidenceCommand;
import org.karvon.journal.evidence.EvidenceVerifier;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** An evidence bundle verifies offline against the evidence keys' JWKS, and any change to it is caught. */
@IntegrationTest
class EvidenceIntegrationTests {

	@Autowired
	Api api;

	@TempDir
	Path dir;

	String carrier;

	String number;

	String bundle;

	String jwks;

	@BeforeEach
	void aJourneyAndItsEvidence() {
		carrier = api.carrierOf(api.newOrganization());
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		bundle = api.get(carrier, "/api/consignments/{n}/evidence", number).expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		jwks = api.client().get().uri("/api/trust/evidence-keys").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	@Test
	void verifiesOfflineWithThePublishedKeys() {
		EvidenceVerifier.Result result = EvidenceVerifier.verify(bundle, jwks);
		assertThat(result.problems()).isEmpty();
		assertThat(result.valid()).isTrue();
		assertThat(result.number()).isEqualTo(number);
		assertThat(result.events()).isEqualTo(2);
		assertThat(result.declarations()).as("the registration").isEqualTo(1);
	}

	@Test
	void isSignedByAnEvidenceKeyThatNoQrCodeCanBeSignedWith() {
		String qrKeys = api.client().get().uri("/api/trust/keys").exchange().expectBody(String.class).returnResult()
			.getResponseBody();
		assertThat(EvidenceVerifier.verify(bundle, qrKeys).problems()).singleElement().asString()
			.contains("a key the JWKS does not hold");
		assertThat(jwks).contains("\"kid\":\"e-").doesNotContain("\"d\"");
		assertThat(qrKeys).doesNotContain("\"kid\":\"e-");
	}

	@Test
	void detectsAnAlteredBundle() {
		String jws = bundle.replaceAll(".*\"jws\":\"([^\"]+)\".*", "$1");
		String[] parts = jws.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replace("\"EXIT\"", "\"ENTRY\"").getBytes(StandardCharsets.UTF_8));
		String altered = bundle.replace(jws, parts[0] + "." + forgedPayload + "." + parts[2]);
		assertThat(EvidenceVerifier.verify(altered, jwks).valid()).isFalse();
	}

	@Test
	void refusesABundleSignedByAKeyNotInTheJwks() {
		assertThat(EvidenceVerifier.verify(bundle, "{\"keys\":[]}").valid()).isFalse();
	}

	@Test
	void theCommandLineCheckAgreesAndExitsWithACode() throws Exception {
		Path file = Files.writeString(dir.resolve("evidence.json"), bundle);
		Path keys = Files.writeString(dir.resolve("keys.json"), jwks);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = EvidenceCommand.run(new String[] { "verify-evidence", file.toString(), "--jwks", keys.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(EvidenceCommand.SELF_CONSISTENT);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("SELF-CONSISTENT ONLY").contains(number);

		Path broken = Files.writeString(dir.resolve("broken.json"), bundle.replaceFirst("\"jws\":\"ey", "\"jws\":\"ez"));
		assertThat(EvidenceCommand.run(new String[] { "verify-evidence", broken.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
	}

}
