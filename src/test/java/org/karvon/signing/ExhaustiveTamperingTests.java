package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExhaustiveTamperingTests {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

	@Test
	void detectsEveryOneCharacterChangeWithinTheBase64urlAlphabet() {
		KeyRing ring = KeyRing.of(Fixtures.key("k-2026-11-a1b2", "2026-11-01T00:00:00Z"));
		String token = new QrTokenSigner(ring).sign(Fixtures.exampleClaims());
		QrTokenVerifier verifier = new QrTokenVerifier(ring);
		int checked = 0;
		for (int position = 0; position < token.length(); position++) {
			for (char replacement : ALPHABET.toCharArray()) {
				if (token.charAt(position) != replacement) {
					String tampered = token.substring(0, position) + replacement + token.substring(position + 1);
					assertThat(verifier.verify(tampered)).as("position %d -> %s", position, replacement)
						.isNotInstanceOf(Verification.Genuine.class);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(15_000);
	}

}
