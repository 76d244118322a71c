package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;

/** What a border post or a partner system does: plain Nimbus and nothing but the published JWKS. */
class ThirdPartyVerificationTests {

	private final KeyRing ring = KeyRing.of(Fixtures.key("k-2026-10-0001", "2026-10-01T00:00:00Z"),
			Fixtures.key("k-2026-11-0002", "2026-11-01T00:00:00Z"));

	@Test
	void verifiesAKv1TokenWithACoseLibraryAndOnlyThePublishedJwks() throws Exception {
		String token = new QrTokenSigner(this.ring).sign(Fixtures.blockTrain());
		JWKSet jwks = JWKSet.parse(this.ring.publicJwks());
		OctetKeyPair jwk = jwks.getKeyByKeyId(ThirdPartyCose.kid(token)).toOctetKeyPair();

		assertThat(ThirdPartyCose.verifies(token, jwk)).isTrue();
		assertThat(ThirdPartyCose.claims(token).get(2).AsString()).isEqualTo("26UZ7B3T9R2AIN4X15");
		assertThat(ThirdPartyCose.claims(token).get(-8).AsInt32Value()).isEqualTo(91);
		assertThat(ThirdPartyCose.claims(token).get(-9).GetByteString())
			.isEqualTo(java.util.HexFormat.of().parseHex(Fixtures.blockTrain().containerDigest().sha256()));
	}

	@Test
	void rejectsATamperedKv1TokenWithACoseLibrary() throws Exception {
		String token = new QrTokenSigner(this.ring).sign(Fixtures.exampleClaims());
		OctetKeyPair jwk = JWKSet.parse(this.ring.publicJwks()).getKeyByKeyId(ThirdPartyCose.kid(token)).toOctetKeyPair();

		assertThat(ThirdPartyCose.verifies(TokenSurgery.withSignedTextReplaced(token, "UZ1234567", "UZ7654321"), jwk)).isFalse();
		assertThat(ThirdPartyCose.verifies(TokenSurgery.withSignatureCharacterChanged(token), jwk)).isFalse();
	}

	@Test
	void verifiesAJwsTokenWithOnlyThePublishedJwks() throws Exception {
		String token = new QrTokenSigner(this.ring).signJws(Fixtures.exampleClaims());
		String jwks = this.ring.publicJwks();

		JWSObject jws = JWSObject.parse(token);
		JWK jwk = JWKSet.parse(jwks).getKeyByKeyId(jws.getHeader().getKeyID());

		assertThat(jws.verify(new Ed25519Verifier(jwk.toOctetKeyPair()))).isTrue();
		assertThat(jws.getPayload().toJSONObject()).containsEntry("n", "26UZ4G7K2M9XQ3P8R5");
	}

	@Test
	void publishesOnlyPublicPartsWithKidAlgAndUse() throws Exception {
		String jwks = this.ring.publicJwks();

		assertThat(jwks).doesNotContain("\"d\"");
		for (JWK jwk : JWKSet.parse(jwks).getKeys()) {
			assertThat(jwk.isPrivate()).isFalse();
			Map<String, Object> json = jwk.toJSONObject();
			assertThat(json).containsEntry("kty", "OKP").containsEntry("crv", "Ed25519")
				.containsEntry("alg", "EdDSA").containsEntry("use", "sig").containsKey("kid").containsKey("x");
		}
		assertThat(JWKSet.parse(jwks).getKeys()).extracting(JWK::getKeyID)
			.containsExactly("k-2026-11-0002", "k-2026-10-0001");
	}

	@Test
	void rejectsATamperedJwsTokenWithThePublishedJwks() throws Exception {
		String token = new QrTokenSigner(this.ring).signJws(Fixtures.exampleClaims());
		String tampered = token.replace(token.split("\\.")[1], token.split("\\.")[1].replace('a', 'b'));
		JWSObject jws = JWSObject.parse(tampered);
		OctetKeyPair jwk = JWKSet.parse(this.ring.publicJwks()).getKeyByKeyId(jws.getHeader().getKeyID())
			.toOctetKeyPair();

		assertThat(tampered).isNotEqualTo(token);
		assertThat(jws.verify(new Ed25519Verifier(jwk))).isFalse();
	}

}
