package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Issues and reads Karvon's short-lived access tokens (HS256 JWTs). The key is shared by every
 * instance through the database, so a token from one instance is good at all of them; the
 * password is checked once at login, never per call.
 */
public class AccessTokens {

	static final String ISSUER = "karvon";

	private final NimbusJwtEncoder encoder;

	private final NimbusReactiveJwtDecoder decoder;

	private final Duration lifetime;

	private final Clock clock;

	AccessTokens(SecretKey key, Duration lifetime, Clock clock) {
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
		this.decoder = NimbusReactiveJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		this.decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		this.lifetime = lifetime;
		this.clock = clock;
	}

	public IssuedToken issue(Actor actor) {
		Instant now = clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(actor.username())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(lifetime))
			.claim("uid", actor.userId().toString())
			.claim("role", actor.role().name());
		if (actor.organizationId() != null) {
			claims.claim("org", actor.organizationId().toString());
		}
		if (actor.postCode() != null) {
			claims.claim("post", actor.postCode()).claim("country", actor.country());
		}
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String value = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new IssuedToken(value, lifetime.toSeconds());
	}

	ReactiveJwtDecoder decoder() {
		return decoder;
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
