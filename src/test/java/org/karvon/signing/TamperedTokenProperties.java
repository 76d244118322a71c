package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TamperedTokenProperties {

	private static final KeyRing RING = KeyRing.of(Fixtures.key("k-2026-11-a1b2", "2026-11-01T00:00:00Z"));

	private static final String TOKEN = new QrTokenSigner(RING).sign(Fixtures.exampleClaims());

	private static final QrTokenVerifier VERIFIER = new QrTokenVerifier(RING);

	@Property(tries = 3000)
	void detectsOneChangedCharacterAnywhere(@ForAll @IntRange(min = 0, max = 999) int where,
			@ForAll("replacements") char replacement) {
		int position = where % TOKEN.length();
		if (TOKEN.charAt(position) == replacement) {
			return;
		}
		String tampered = TOKEN.substring(0, position) + replacement + TOKEN.substring(position + 1);

		assertThat(VERIFIER.verify(tampered)).isNotInstanceOf(Verification.Genuine.class);
	}

	@Property(tries = 500)
	void detectsAnInsertedOrDroppedCharacter(@ForAll @IntRange(min = 0, max = 999) int where,
			@ForAll("replacements") char inserted) {
		int position = where % TOKEN.length();
		String longer = TOKEN.substring(0, position) + inserted + TOKEN.substring(position);
		String shorter = TOKEN.substring(0, position) + TOKEN.substring(position + 1);

		assertThat(VERIFIER.verify(longer)).isNotInstanceOf(Verification.Genuine.class);
		assertThat(VERIFIER.verify(shorter)).isNotInstanceOf(Verification.Genuine.class);
	}

	@Provide
	Arbitrary<Character> replacements() {
		return Arbitraries.oneOf(Arbitraries.chars().alpha().numeric().with('-', '_', '.', '=', '+', '/'),
				Arbitraries.chars());
	}

}
