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

	private final TokenKeys keys;

	private final Map<String, NimbusJwtEncoder> encoders = new ConcurrentHashMap<>();

	private final Map<String, NimbusReactiveJwtDecoder> decoders = new ConcurrentHashMap<>();

	private final Duration lifetime;

	private final Clock clock;

	AccessTokens(TokenKeys keys, Duration lifetime, Clock clock) {
		this.keys = keys;
		this.lifetime = lifetime;
		this.clock = clock;
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

	/** Checks a token with the key its {@code kid} names, if that key is still accepted; else 401. */
	ReactiveJwtDecoder decoder() {
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

}
