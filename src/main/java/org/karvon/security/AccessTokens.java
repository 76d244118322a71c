package org.karvon.security;

import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Issues and reads Karvon's short-lived access tokens (HS256 JWTs with the key's {@code kid} in the header).
 * The keys are shared by every instance through the database ({@link TokenKeys}), so a token from one instance
 * is good at all of them, also across a key rotation; the password is checked once at login, never per call.
 */
public class AccessTokens {

	static final String ISSUER = "karvon";

	/** As {@code JwtTimestampValidator} allows by default. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	/**
	 * Bounded by bytes: a token of n characters and its parsed claims weigh about 4n (an estimate, not
	 * measured: a 400-character token's {@link Jwt} holds its string, two maps and a few Instants).
	 */
	private static final long VERIFIED_CACHE_BYTES = 8L * 1024 * 1024;

	private final TokenKeys keys;

	private final Map<String, NimbusJwtEncoder> encoders = new ConcurrentHashMap<>();

	private final Map<String, NimbusReactiveJwtDecoder> decoders = new ConcurrentHashMap<>();

	private final Duration lifetime;

	private final Clock clock;

	private final Cache<String, Verified> verified;

	AccessTokens(TokenKeys keys, Duration lifetime, Clock clock) {
		this.keys = keys;
		this.lifetime = lifetime;
		this.clock = clock;
		// no token outlives its lifetime, so none is kept longer
		this.verified = Caffeine.newBuilder()
			.maximumWeight(VERIFIED_CACHE_BYTES)
			.weigher((String token, Verified known) -> 4 * token.length())
			.expireAfterWrite(lifetime.plus(CLOCK_SKEW))
			.build();
	}

	public IssuedToken issue(Actor actor) {
		return issue(actor, 0);
	}

	/** A token that stays good while its user's token version is {@code tokenVersion} (see {@link TokenStanding}). */
	public IssuedToken issue(Actor actor, int tokenVersion) {
		Instant now = clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(actor.username())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(lifetime))
			.claim("uid", actor.userId().toString())
			.claim("role", actor.role().name())
			.claim(TokenStanding.CLAIM, tokenVersion);
		if (actor.organizationId() != null) {
			claims.claim("org", actor.organizationId().toString());
		}
		if (actor.postCode() != null) {
			claims.claim("post", actor.postCode());
		}
		if (actor.country() != null) {
			claims.claim("country", actor.country());
		}
		TokenKeys.TokenKey key = keys.current();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).keyId(key.kid()).build();
		String value = encoder(key).encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new IssuedToken(value, lifetime.toSeconds());
	}

	/**
	 * Checks a token with the key its {@code kid} names, if that key is still accepted; else 401. A token
	 * seen before is not parsed and verified again (its claims cannot change: the signature covers them):
	 * the cached result is used while its key is still accepted and until it expires, with the same
	 * 60 s of clock skew the validators allow. Whether its user is still in good standing is asked on
	 * every call ({@link TokenStanding}), so a disabled user is refused as fast as without this cache.
	 */
	ReactiveJwtDecoder decoder() {
		ReactiveJwtDecoder verifying = verifyingDecoder();
		return (token) -> {
			Verified known = verified.getIfPresent(token);
			if (known != null && isStillGood(known)) {
				return Mono.just(known.jwt());
			}
			return verifying.decode(token).doOnNext((jwt) -> remember(token, jwt));
		};
	}

	private boolean isStillGood(Verified known) {
		Instant expires = known.jwt().getExpiresAt();
		// the validators' clock, not the application's: a cached token expires exactly when a fresh check would refuse it
		return expires != null && Instant.now().isBefore(expires.plus(CLOCK_SKEW)) && keys.accepted(known.kid()).isPresent();
	}

	private void remember(String token, Jwt jwt) {
		Object kid = jwt.getHeaders().get("kid");
		// tokens issued before they named their key are verified every time: which key verified them is not kept
		if (kid instanceof String name) {
			verified.put(token, new Verified(name, jwt));
		}
	}

	private ReactiveJwtDecoder verifyingDecoder() {
		return (token) -> {
			String kid;
			try {
				kid = SignedJWT.parse(token).getHeader().getKeyID();
			}
			catch (ParseException | RuntimeException ex) {
				return Mono.error(new BadJwtException("not a signed JWT"));
			}
			if (kid == null) {
				// issued before tokens named their key: try every accepted key
				return Flux.fromIterable(keys.accepted())
					.concatMap((key) -> decoder(key).decode(token).onErrorResume(JwtException.class, (ex) -> Mono.empty()))
					.next()
					.switchIfEmpty(Mono.error(() -> new BadJwtException("no accepted key verifies the token")));
			}
			return keys.accepted(kid).map((key) -> decoder(key).decode(token))
				.orElseGet(() -> Mono.error(new BadJwtException("the token's key is unknown or no longer accepted")));
		};
	}

	private NimbusJwtEncoder encoder(TokenKeys.TokenKey key) {
		return encoders.computeIfAbsent(key.kid(), (kid) -> new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
				new OctetSequenceKey.Builder(key.key()).keyID(kid).algorithm(JWSAlgorithm.HS256).build()))));
	}

	private NimbusReactiveJwtDecoder decoder(TokenKeys.TokenKey key) {
		return decoders.computeIfAbsent(key.kid(), (kid) -> {
			NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key.key())
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
			return decoder;
		});
	}

	static Mono<AbstractAuthenticationToken> toAuthentication(Jwt jwt) {
		String org = jwt.getClaimAsString("org");
		Actor actor = new Actor(UUID.fromString(jwt.getClaimAsString("uid")), jwt.getSubject(),
				Role.valueOf(jwt.getClaimAsString("role")), org == null ? null : UUID.fromString(org),
				jwt.getClaimAsString("post"), jwt.getClaimAsString("country"));
		return Mono.just(new ActorAuthentication(actor, jwt));
	}

	public record IssuedToken(String accessToken, long expiresIn) {
	}

	/** A token whose signature and claims were checked, with the key that verified it. */
	private record Verified(String kid, Jwt jwt) {
	}

}
