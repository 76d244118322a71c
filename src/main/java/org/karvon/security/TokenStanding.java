package org.karvon.security;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.karvon.identity.AccountStanding;
import org.karvon.identity.persistence.UserAccounts;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Whether a token's user is still in good standing: enabled, and the token issued at the user's
 * current token version (disabling and password resets raise it). Looked up per user through a
 * cache of at most {@code maxUsers} entries that forgets after {@code ttl} (default 2 s), so every
 * instance refuses a retired token within that time plus one lookup, at one query per active user
 * per {@code ttl} instead of one per request.
 */
public class TokenStanding {

	/** The claim carrying the version; tokens without it (issued before versions existed) count as 0. */
	static final String CLAIM = "tv";

	/**
	 * A lookup in flight is shared by every request of that user, and Caffeine never expires an unfinished
	 * one: a query stuck on a connection the database dropped would hold all of them. Bounded like a pool
	 * acquisition, it fails (503) and the next request asks again.
	 */
	static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);

	private final AsyncLoadingCache<UUID, AccountStanding> standings;

	TokenStanding(UserAccounts users, Duration ttl, long maxUsers) {
		this.standings = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.maximumSize(maxUsers)
			.executor(Runnable::run)
			.buildAsync((id, executor) -> users.standing(id)
				.defaultIfEmpty(new AccountStanding(false, -1))
				.timeout(LOOKUP_TIMEOUT)
				.toFuture());
	}

	/** The authentication for a signature-checked token, or 401 if its user was disabled or reset since. */
	Mono<AbstractAuthenticationToken> toAuthentication(Jwt jwt) {
		return isCurrent(jwt).flatMap((current) -> current ? AccessTokens.toAuthentication(jwt)
				: Mono.error(new InvalidBearerTokenException("This token was revoked; sign in again.")));
	}

	/** Whether the token's user is enabled and the token carries their current version. */
	Mono<Boolean> isCurrent(Jwt jwt) {
		UUID user = UUID.fromString(jwt.getClaimAsString("uid"));
		Object claimed = jwt.getClaims().get(CLAIM);
		int version = claimed instanceof Number number ? number.intValue() : 0;
		return Mono.fromFuture(() -> standings.get(user), true).map((standing) -> standing.accepts(version));
	}

}
