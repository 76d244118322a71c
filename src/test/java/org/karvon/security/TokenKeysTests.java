package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.karvon.keys.KeyState;

import static org.assertj.core.api.Assertions.assertThat;

class TokenKeysTests {

	static final Instant RETIRED = Instant.parse("2026-12-02T04:00:00Z");

	static final Duration LIFETIME = Duration.ofMinutes(15);

	@Test
	void aRetiredKeyIsAcceptedForOneTokenLifetimeThenDropped() {
		assertThat(keysAt(RETIRED.plus(LIFETIME).minusSeconds(1)).accepted("t-old")).isPresent();
		assertThat(keysAt(RETIRED.plus(LIFETIME)).accepted("t-old")).isEmpty();
		assertThat(keysAt(RETIRED.plus(LIFETIME)).accepted()).extracting(TokenKeys.TokenKey::kid).containsExactly("t-new");
	}

	@Test
	void theActiveKeySignsAndIsAlwaysAccepted() {
		TokenKeys keys = keysAt(RETIRED.plus(Duration.ofDays(30)));
		assertThat(keys.current().kid()).isEqualTo("t-new");
		assertThat(keys.accepted("t-new")).isPresent();
		assertThat(keys.accepted("t-unknown")).isEmpty();
	}

	private static TokenKeys keysAt(Instant now) {
		var old = new TokenKeys.TokenKey("t-old", new SecretKeySpec(new byte[32], "HmacSHA256"), KeyState.RETIRED,
				RETIRED.minus(Duration.ofDays(1)), RETIRED);
		var current = new TokenKeys.TokenKey("t-new", new SecretKeySpec(new byte[32], "HmacSHA256"), KeyState.ACTIVE,
				RETIRED, null);
		return new TokenKeys(List.of(old, current), Clock.fixed(now, ZoneOffset.UTC), LIFETIME);
	}

}
