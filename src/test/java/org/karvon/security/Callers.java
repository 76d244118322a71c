package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.karvon.consignment.ConsignmentBuilder;
import org.karvon.kernel.Actor;
import org.karvon.keys.KeyState;
import org.karvon.kernel.Role;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

/**
 * Signed-in callers for slice tests. {@link #as(Actor)} issues a real access token for the actor,
 * decodes it and runs it through the app's own converter ({@link AccessTokens#toAuthentication}), so
 * the controller receives exactly the {@link Actor} a token from {@code POST /api/auth/token} gives it.
 */
public final class Callers {

	/** The one fixed key of slice tests (the same as {@link SecuredSlice}'s). */
	static final TokenKeys KEYS = new TokenKeys(List.of(new TokenKeys.TokenKey("t-slice",
			new SecretKeySpec(new byte[32], "HmacSHA256"), KeyState.ACTIVE, Instant.EPOCH, null)), Clock.systemUTC(),
			Duration.ofMinutes(5));

	private static final AccessTokens TOKENS = new AccessTokens(KEYS, Duration.ofMinutes(5), Clock.systemUTC());

	private Callers() {
	}

	public static Actor aCarrier() {
		return new Actor(UUID.randomUUID(), "carrier", Role.CARRIER, ConsignmentBuilder.SILK_WAY_CARRIER, null, null);
	}

	public static Actor anOfficerAt(String post) {
		return new Actor(UUID.randomUUID(), "officer." + post.toLowerCase(), Role.OFFICER, null, post,
				post.substring(0, 2));
	}

	public static Actor anAdmin() {
		return new Actor(UUID.randomUUID(), "admin", Role.ADMIN, null, null, null);
	}

	public static WebTestClientConfigurer as(Actor actor) {
		String token = TOKENS.issue(actor).accessToken();
		return SecurityMockServerConfigurers
			.mockAuthentication(TOKENS.decoder().decode(token).flatMap(AccessTokens::toAuthentication).block());
	}

}
