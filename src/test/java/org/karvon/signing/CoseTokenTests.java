package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.signing.Fixtures.exampleClaims;
import static org.karvon.signing.Fixtures.key;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoseTokenTests {

	private final SigningKey key = key("k-2026-11-a1b2", "2026-11-01T00:00:00Z");

	private final KeyRing ring = KeyRing.of(this.key);

	private final QrTokenSigner signer = new QrTokenSigner(this.ring);

	private final QrTokenVerifier verifier = new QrTokenVerifier(this.ring);

	@Test
	void returnsTheSignedClaimsForAGenuineToken() {
		assertThat(this.verifier.verify(this.signer.sign(exampleClaims())))
			.isEqualTo(new Verification.Genuine(exampleClaims(), "k-2026-11-a1b2"));
	}

	@Test
	void writesATaggedSign1WithAlgAndKidProtectedAndTheClaimsUnderSmallKeys() {
		String token = this.signer.sign(exampleClaims());

		assertThat(token).startsWith("KV1:").matches("KV1:[0-9A-Z $%*+\\-./:]+").hasSizeLessThan(260);
		String hex = HexFormat.of().formatHex(TokenSurgery.bytes(token));
		assertThat(hex).startsWith("d284" + "53" + "a2" + "0127" + "044e" + HexFormat.of().formatHex("k-2026-11-a1b2".getBytes())
				+ "a0" + "58");
		assertThat(TokenSurgery.claimsText(token)).isEqualTo("{2: \"26UZ4G7K2M9XQ3P8R5\", 6: 1793871000, -1: 1, "
				+ "-2: \"UZTAS\", -3: \"KZALA\", -4: [\"UZ\", \"KZ\"], -5: [\"01A123BC\"], -7: [\"UZ1234567\"]}");
	}

	@Test
	void carriesALongContainerListByItsDigestAndCount() {
		QrClaims train = Fixtures.blockTrain();
		String token = this.signer.sign(train);

		assertThat(this.verifier.verify(token)).isEqualTo(new Verification.Genuine(train.byContainerDigest(), this.key.kid()));
		assertThat(TokenSurgery.claimsText(token)).contains("-8: 91, -9: h'" + train.containerDigest().sha256().toUpperCase() + "'")
			.doesNotContain("KZCU");
	}

	@Test
	void listsUpToThreeContainersAndDigestsFour() {
		QrClaims three = claimsWith(3);
		QrClaims four = claimsWith(4);

		assertThat(this.verifier.verify(this.signer.sign(three))).isEqualTo(new Verification.Genuine(three, this.key.kid()));
		assertThat(TokenSurgery.claimsText(this.signer.sign(four))).contains("-8: 4").doesNotContain("-6:");
	}

	@Test
	void keepsVerifyingTheJwsTokensPrintedBefore() {
		String jws = this.signer.signJws(exampleClaims());

		assertThat(jws).startsWith("eyJ");
		assertThat(this.verifier.verify(jws)).isEqualTo(new Verification.Genuine(exampleClaims(), this.key.kid()));
	}

	@Test
	void reportsAnUnknownKeyAndAnImpostorClaimingAKnownKid() {
		String unknown = new QrTokenSigner(KeyRing.of(key("k-2026-11-ffff", "2026-11-02T00:00:00Z"))).sign(exampleClaims());
		String impostor = new QrTokenSigner(KeyRing.of(key("k-2026-11-a1b2", "2026-11-02T00:00:00Z"))).sign(exampleClaims());

		assertThat(this.verifier.verify(unknown)).isEqualTo(new Verification.UnknownKey("k-2026-11-ffff"));
		assertThat(this.verifier.verify(impostor)).isEqualTo(new Verification.Forged("k-2026-11-a1b2"));
	}

	@Test
	void reportsAForgeryWhenSignedBytesAreEditedUnderTheOldSignature() {
		String token = this.signer.sign(exampleClaims());

		assertThat(this.verifier.verify(TokenSurgery.withSignedTextReplaced(token, "UZ1234567", "UZ7654321")))
			.isEqualTo(new Verification.Forged(this.key.kid()));
		assertThat(this.verifier.verify(TokenSurgery.withSignatureCharacterChanged(token)))
			.isEqualTo(new Verification.Forged(this.key.kid()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "KV1:", "KV1:A", "KV1:ABCD", "KV1:GGW", "KV1:BB8", "KV1:%69 VD92EX0", "kv1:BB8", "KV1: ",
			"KV1:00", "KV1:0000", "KV1:U5" })
	void reportsGarbageAfterThePrefixAsMalformed(String garbage) {
		assertThat(this.verifier.verify(garbage)).isInstanceOf(Verification.Malformed.class);
	}

	@Test
	void reportsEveryShapeButTheIssuedOneAsMalformed() {
		String token = this.signer.sign(exampleClaims());
		String hex = HexFormat.of().formatHex(TokenSurgery.bytes(token));

		for (String changed : new String[] { hex.substring(2), "c4" + hex.substring(2), hex.replaceFirst("a058", "a1000058"),
				hex + "00", "d29f" + hex.substring(4) + "ff", hex.replaceFirst("0127", "0126"), "d2" + "81".repeat(3000) + "00" }) {
			String text = "KV1:" + Base45.encode(HexFormat.of().parseHex(changed));
			assertThat(this.verifier.verify(text)).as(changed.substring(0, 12)).isInstanceOf(Verification.Malformed.class);
		}
	}

	@Test
	void peeksTheNumberWithoutVerifying() {
		assertThat(QrTokenVerifier.peekNumber(this.signer.sign(exampleClaims()))).contains("26UZ4G7K2M9XQ3P8R5");
		assertThat(QrTokenVerifier.peekNumber(this.signer.signJws(exampleClaims()))).isEmpty();
		assertThat(QrTokenVerifier.peekNumber("KV1:BB8")).isEmpty();
	}

	private static QrClaims claimsWith(int containers) {
		QrClaims example = exampleClaims();
		return new QrClaims(example.number(), 1, example.issuedAt(), "UZTAS", "KZALA", example.itinerary(),
				example.vehiclePlates(), Fixtures.containers(containers), example.seals());
	}

}
