package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every one-character change to a signed token is detected, tried exhaustively rather than sampled, in
 * both formats: for JWS every replacement from the base64url alphabet, the dot, the standard-base64 and
 * padding characters a sloppy encoder might accept ({@code + / =}) and a few that are no base64 at all;
 * for KV1 every Base45 character, the prefix's letters in lower case and the same non-characters.
 */
class ExhaustiveTamperingTests {

	private static final String JWS_REPLACEMENTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
			+ "=+/" + " \u00e9\u0000";

	private static final String KV1_REPLACEMENTS = Base45.ALPHABET + "kv" + "=_\u00e9\u0000";

	private static final String INSERTIONS = "A_.=+/ %:";

	private static final KeyRing RING = KeyRing.of(Fixtures.key("k-2026-11-a1b2", "2026-11-01T00:00:00Z"));

	private static final QrTokenVerifier VERIFIER = new QrTokenVerifier(RING);

	private static final String JWS = new QrTokenSigner(RING).signJws(Fixtures.exampleClaims());

	@Test
	void detectsEveryOneCharacterReplacementOfAJwsToken() {
		assertThat(everyReplacementOf(JWS, JWS_REPLACEMENTS)).isGreaterThan(15_000);
	}

	@Test
	void detectsEveryOneCharacterReplacementOfAKv1TokenAndItsPrefix() {
		for (QrClaims claims : new QrClaims[] { Fixtures.exampleClaims(), Fixtures.blockTrain() }) {
			String token = new QrTokenSigner(RING).sign(claims);

			assertThat(everyReplacementOf(token, KV1_REPLACEMENTS)).isGreaterThan(10_000);
		}
	}

	@Test
	void detectsEveryInsertedOrDroppedCharacterInBothFormats() {
		for (String token : new String[] { JWS, new QrTokenSigner(RING).sign(Fixtures.exampleClaims()) }) {
			for (int position = 0; position <= token.length(); position++) {
				for (char inserted : INSERTIONS.toCharArray()) {
					assertForged(token.substring(0, position) + inserted + token.substring(position),
							"inserted " + inserted + " at " + position);
				}
				if (position < token.length()) {
					assertForged(token.substring(0, position) + token.substring(position + 1), "dropped at " + position);
				}
			}
		}
	}

	private static int everyReplacementOf(String token, String alphabet) {
		int checked = 0;
		for (int position = 0; position < token.length(); position++) {
			for (char replacement : alphabet.toCharArray()) {
				if (token.charAt(position) != replacement) {
					assertForged(token.substring(0, position) + replacement + token.substring(position + 1),
							"position " + position + " -> " + replacement);
					checked++;
				}
			}
		}
		return checked;
	}

	private static void assertForged(String tampered, String change) {
		assertThat(VERIFIER.verify(tampered)).as(change).isNotInstanceOf(Verification.Genuine.class);
	}

}
