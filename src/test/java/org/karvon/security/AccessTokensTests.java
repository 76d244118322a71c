package org.karvon.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.karvon.keys.KeyState;
import org.karvon.support.MutableClock;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token used for many calls is verified once, but never outlives its key or its expiry. */
class AccessTokensTests {

	static final Duration LIFETIME = Duration.ofMinutes(15);

	static final byte[] OLD_SECRET = new byte[32];

	final MutableClock clock = new MutableClock();

	// t-old was retired just now: its tokens stay good for one token lifetime, then are refused
	final TokenKeys keys = new TokenKeys(List.of(
			new TokenKeys.TokenKey("t-old", new SecretKeySpec(OLD_SECRET, "HmacSHA256"), KeyState.RETIRED,
					clock.instant().minus(Duration.ofDays(1)), clock.instant()),
			new TokenKeys.TokenKey("t-new", new SecretKeySpec(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
					15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }, "HmacSHA256"),
					KeyState.ACTIVE, clock.instant(), null)),
			clock, LIFETIME);

	final ReactiveJwtDecoder decoder = new AccessTokens(keys, LIFETIME, clock).decoder();

	@Test
	void answersARepeatedTokenFromWhatItVerifiedTheFirstTime() {
		String token = signedWithTheOldKey(Instant.now().plus(Duration.ofMinutes(10)));

		Jwt first = decoder.decode(token).block();
		Jwt second = decoder.decode(token).block();

		assertThat(second).isSameAs(first);
		assertThat(second.getSubject()).isEqualTo("officer-uztas");
	}

	@Test
	void refusesARepeatedTokenOnceItsKeyIsNoLongerAccepted() {
		String token = signedWithTheOldKey(Instant.now().plus(Duration.ofMinutes(30)));
		assertThat(decoder.decode(token).block()).isNotNull();

		clock.advance(LIFETIME);

		assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtException.class)
			.hasMessageContaining("no longer accepted");
	}

	@Test
	void refusesARepeatedTokenOnceItExpired() throws InterruptedException {
		// just inside the validators' 60 s of clock skew: good now, refused a moment later
		Instant expires = Instant.now().minus(Duration.ofSeconds(59));
		String token = signedWithTheOldKey(expires);
		assertThat(decoder.decode(token).block()).isNotNull();

		while (!Instant.now().isAfter(expires.plusSeconds(60))) {
			Thread.sleep(100);
		}

		assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtException.class);
	}

	@Test
	void refusesATokenWithOneCharacterChangedAfterTheGenuineOneWasSeen() {
		String token = signedWithTheOldKey(Instant.now().plus(Duration.ofMinutes(10)));
		decoder.decode(token).block();
		int last = token.length() - 2;
		String forged = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

		assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
	}

	private static String signedWithTheOldKey(Instant expires) {
		var key = new OctetSequenceKey.Builder(OLD_SECRET).keyID("t-old").algorithm(JWSAlgorithm.HS256).build();
		var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(AccessTokens.ISSUER)
			.subject("officer-uztas")
			.issuedAt(expires.minus(LIFETIME))
			.expiresAt(expires)
			.claim("uid", "7c1e2f7e-8f63-4f55-9a0e-3f2b8b1d2a10")
			.claim("role", "OFFICER")
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).keyId("t-old").build(), claims))
			.getTokenValue();
	}

}
