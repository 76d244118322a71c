package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.signing.Fixtures.exampleClaims;
import static org.karvon.signing.Fixtures.key;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;

class QrTokenVerifierTests {

	private final SigningKey key = key("k-2026-11-a1b2", "2026-11-01T00:00:00Z");

	private final KeyRing ring = KeyRing.of(this.key);

	private final QrTokenSigner signer = new QrTokenSigner(this.ring);

	private final QrTokenVerifier verifier = new QrTokenVerifier(this.ring);

	@Test
	void returnsTheSignedClaimsForAGenuineToken() {
		String token = this.signer.sign(exampleClaims());

		assertThat(this.verifier.verify(token))
			.isEqualTo(new Verification.Genuine(exampleClaims(), "k-2026-11-a1b2"));
	}

	@Test
	void keepsTheJwsTokenAsItWasPrinted() {
		String token = this.signer.signJws(exampleClaims());

		assertThat(token).hasSizeLessThan(320);
		assertThat(decodedPart(token, 0)).isEqualTo("{\"kid\":\"k-2026-11-a1b2\",\"alg\":\"EdDSA\"}");
		assertThat(decodedPart(token, 1)).isEqualTo("{\"n\":\"26UZ4G7K2M9XQ3P8R5\",\"v\":1,\"iat\":1793871000,"
				+ "\"dp\":\"UZTAS\",\"ds\":\"KZALA\",\"it\":[\"UZ\",\"KZ\"],\"pl\":[\"01A123BC\"],\"sl\":[\"UZ1234567\"]}");
	}

	@Test
	void reportsAnUnknownKeyForATokenSignedOutsideTheRing() {
		KeyRing other = KeyRing.of(key("k-2026-11-ffff", "2026-11-02T00:00:00Z"));
		String token = new QrTokenSigner(other).sign(exampleClaims());

		assertThat(this.verifier.verify(token)).isEqualTo(new Verification.UnknownKey("k-2026-11-ffff"));
	}

	@Test
	void reportsAForgeryWhenAnotherKeyClaimsAKnownKid() {
		KeyRing impostor = KeyRing.of(key("k-2026-11-a1b2", "2026-11-02T00:00:00Z"));
		String token = new QrTokenSigner(impostor).sign(exampleClaims());

		assertThat(this.verifier.verify(token)).isEqualTo(new Verification.Forged("k-2026-11-a1b2"));
	}

	@Test
	void reportsAForgeryWhenThePayloadIsSwapped() {
		String genuine = this.signer.signJws(exampleClaims());
		String other = this.signer.signJws(Fixtures.bigClaims());
		String[] a = genuine.split("\\.");
		String[] b = other.split("\\.");

		assertThat(this.verifier.verify(a[0] + "." + b[1] + "." + a[2])).isInstanceOf(Verification.Forged.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "garbage", "a.b", "a.b.c", "a.b.c.d", "....", "eyJhbGciOiJub25lIn0.e30.",
			"eyJhbGciOiJub25lIn0.e30.AAAA", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA", "e30.e30.AAAA", "W10.e30.AAAA",
			"eyJhbGciOiJFZERTQSJ9.e30.AAAA", "\u0000\u0001.\u00ff.x" })
	void reportsGarbageAsMalformed(String garbage) {
		assertThat(this.verifier.verify(garbage)).isInstanceOf(Verification.Malformed.class);
	}

	@Test
	void reportsNullAndOverlongTokensAsMalformed() {
		assertThat(this.verifier.verify(null)).isInstanceOf(Verification.Malformed.class);
		assertThat(this.verifier.verify("a".repeat(2001))).isInstanceOf(Verification.Malformed.class);
		assertThat(this.verifier.verify("KV1:" + "0".repeat(3390))).isInstanceOf(Verification.Malformed.class);
	}

	@Test
	void reportsAGenuinelySignedPayloadWithoutClaimsAsMalformed() throws Exception {
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(this.key.kid()).build(),
				new Payload("{\"n\":\"26UZ4G7K2M9XQ3P8R5\",\"v\":1}"));
		jws.sign(new Ed25519Signer(this.key.keyPair()));

		assertThat(this.verifier.verify(jws.serialize())).isInstanceOf(Verification.Malformed.class);
	}

	@Test
	void rejectsANonCanonicalSignatureEncoding() {
		String token = this.signer.signJws(exampleClaims());
		char last = token.charAt(token.length() - 1);
		String altered = token.substring(0, token.length() - 1) + (char) (last + 1);
		assertThat(signatureBytes(altered)).isEqualTo(signatureBytes(token));

		assertThat(this.verifier.verify(altered))
			.isNotInstanceOf(Verification.Genuine.class);
	}

	@Test
	void verifiesTokensOfEveryKeyInTheRingDuringRotation() {
		SigningKey old = key("k-2026-10-0001", "2026-10-01T00:00:00Z");
		SigningKey fresh = key("k-2026-11-0002", "2026-11-01T00:00:00Z");
		String oldToken = new QrTokenSigner(KeyRing.of(old)).signJws(exampleClaims());
		KeyRing rotated = KeyRing.of(old, fresh);
		String newToken = new QrTokenSigner(rotated).sign(exampleClaims());
		QrTokenVerifier verifier = new QrTokenVerifier(rotated);

		assertThat(verifier.verify(oldToken)).isEqualTo(new Verification.Genuine(exampleClaims(), old.kid()));
		assertThat(verifier.verify(newToken)).isEqualTo(new Verification.Genuine(exampleClaims(), fresh.kid()));
	}

	private static byte[] signatureBytes(String token) {
		return Base64.getUrlDecoder().decode(token.split("\\.")[2]);
	}

	private static String decodedPart(String token, int index) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
	}

}
