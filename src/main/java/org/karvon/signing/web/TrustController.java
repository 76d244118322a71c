package org.karvon.signing.web;

import org.karvon.kernel.Actor;
import org.karvon.audit.SecurityEvents;
import org.karvon.signing.application.TrustedKeys;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public keys that sign QR tokens, so anyone can verify a token offline. */
@RestController
class TrustController {

	private final TrustedKeys keys;

	private final SecurityEvents events;

	TrustController(TrustedKeys keys, SecurityEvents events) {
		this.keys = keys;
		this.events = events;
	}

	@GetMapping(path = "/api/trust/keys", produces = { "application/jwk-set+json", "application/json" })
	ResponseEntity<String> keys() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.contentType(MediaType.APPLICATION_JSON)
			.body(keys.ring().publicJwks());
	}

	/**
	 * The revoked QR signing keys with when each was withdrawn (public JWKs): a code signed by one of them is
	 * genuine but must not be trusted any more (verdict REVOKED; the record has a reissued code).
	 */
	@io.swagger.v3.oas.annotations.Operation(summary = "Revoked QR signing keys",
			description = "{\"revoked\":[public JWK + revokedAt]}: a code with a genuine signature by one of these scans REVOKED.")
	@GetMapping(path = "/api/trust/revoked", produces = "application/json")
	ResponseEntity<java.util.Map<String, Object>> revoked() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(java.util.Map.of("revoked", keys.ring().revocations()));
	}

	/** Rotation: a new key signs from now on; every earlier key stays published for verification. */
	@PostMapping("/api/admin/signing-keys")
	Mono<ResponseEntity<KeyView>> rotate(@AuthenticationPrincipal Actor actor) {
		return keys.rotate()
			.doOnNext((key) -> events.record("SIGNING_KEY_ROTATED", actor.username(), "", "kid=" + key.kid()))
			.map((key) -> ResponseEntity.status(201).body(new KeyView(key.kid(), key.createdAt().toString())));
	}

	record KeyView(String kid, String createdAt) {
	}

}
