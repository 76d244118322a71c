package org.karvon.scan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.MrnCheck;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPeekTests {

	private static final String NUMBER = "26UZ4G7K2M9XQ3P8R" + MrnCheck.checkCharacterOf("26UZ4G7K2M9XQ3P8R");

	@Test
	void readsTheNumberClaimWithoutVerifying() {
		assertThat(TokenPeek.number(token("{\"n\":\"" + NUMBER + "\",\"v\":1}")))
			.contains(new ConsignmentNumber(NUMBER));
	}

	@Test
	void readsTheNumberOfARealSignedJwsToken() {
		String token = new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2026-11-a1b2"))).signJws(new QrClaims(NUMBER, 3,
				Instant.now(), "UZTAS", "KZALA", List.of("UZ", "KZ"), List.of("01A123BC"), List.of(), List.of()));
		assertThat(TokenPeek.number(token)).contains(new ConsignmentNumber(NUMBER));
	}

	@Test
	void readsTheNumberOfAKv1Token() {
		String token = new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2026-11-a1b2"))).sign(new QrClaims(NUMBER, 3,
				Instant.now(), "UZTAS", "KZALA", List.of("UZ", "KZ"), List.of("01A123BC"), List.of(), List.of()));
		assertThat(TokenPeek.number(token)).contains(new ConsignmentNumber(NUMBER));
		assertThat(TokenPeek.number("KV1:BB8")).isEmpty();
		assertThat(TokenPeek.number("KV1:" + token.substring(4, 40))).isEmpty();
	}

	@Test
	void givesNothingForAnythingElse() {
		assertThat(TokenPeek.number("garbage")).isEmpty();
		assertThat(TokenPeek.number("a.b")).isEmpty();
		assertThat(TokenPeek.number("a.!!!.c")).isEmpty();
		assertThat(TokenPeek.number(token("{\"v\":1}"))).isEmpty();
		assertThat(TokenPeek.number(token("{\"n\":\"NOT-A-NUMBER\"}"))).isEmpty();
		assertThat(TokenPeek.number(token("{\"n\":\"26UZ"))).isEmpty();
	}

	private static String token(String payload) {
		return "eyJhbGciOiJFZERTQSJ9." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
	}

}
