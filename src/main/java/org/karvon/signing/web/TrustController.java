package org.karvon.signing.web;

import org.karvon.kernel.Actor;
import org.karvon.audit.SecurityEvents;
import org.karvon.signing.application.EvidenceKey;
import org.karvon.signing.application.TrustedKeys;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public keys that sign QR tokens and evidence bundles, so anyone can verify them offline. */
@Tag(name = "Trust")
@RestController
class TrustController {

	private final TrustedKeys keys;

	private final EvidenceKey evidence;

	private final SecurityEvents events;

	TrustController(TrustedKeys keys, EvidenceKey evidence, SecurityEvents events) {
		this.keys = keys;
		this.evidence = evidence;
		this.events = events;
	}

	@Operation(operationId = "listTrustKeys",
			summary = "JWKS (RFC 7517) with every public key that signs QR tokens",
			description = "Public. Every key's kid is the one QR tokens name; revoked keys are listed at "
					+ "/api/trust/revoked instead.")
	@GetMapping(path = "/api/trust/keys", produces = { "application/jwk-set+json", "application/json" })
	ResponseEntity<String> keys() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.contentType(MediaType.APPLICATION_JSON)
			.body(keys.ring().publicJwks());
	}

	/**
	 * The keys that sign evidence bundles: a purpose of their own, so this set is what {@code verify-evidence
	 * --jwks} should be given, and a QR key never makes evidence.
	 */
	@Operation(operationId = "listEvidenceKeys", summary = "JWKS (RFC 7517) of the keys that sign evidence bundles",
			description = "Public. A purpose of their own, apart from the QR keys: give this set to verify-evidence --jwks.")
	@GetMapping(path = "/api/trust/evidence-keys", produces = { "application/jwk-set+json", "application/json" })
	Mono<ResponseEntity<String>> evidenceKeys() {
		return evidence.publicJwks()
			.map((jwks) -> ResponseEntity.ok()
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
				.contentType(MediaType.APPLICATION_JSON)
				.body(jwks));
	}

	/**
	 * The revoked QR signing keys with when each was withdrawn (public JWKs): a code signed by one of them is
	 * genuine but must not be trusted any more (verdict REVOKED; the record has a reissued code).
	 */
	@Operation(operationId = "listRevokedKeys", summary = "Revoked QR signing keys",
			description = "{\"revoked\":[public JWK + revokedAt]}: a code with a genuine signature by one of these scans REVOKED.")
	@GetMapping(path = "/api/trust/revoked", produces = "application/json")
	ResponseEntity<java.util.Map<String, Object>> revoked() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(java.util.Map.of("revoked", keys.ring().revocations()));
	}

	/** Rotation: a new key signs from now on; every earlier key stays published for verification. */
	@Operation(operationId = "rotateSigningKey",
			summary = "Make a new QR signing key; older keys keep verifying",
			description = "ADMIN. The new key signs from now on; every earlier key stays in the JWKS for verification.")
	@PostMapping("/api/admin/signing-keys")
	Mono<ResponseEntity<KeyView>> rotate(@AuthenticationPrincipal Actor actor) {
		return keys.rotate()
			.doOnNext((key) -> events.record("SIGNING_KEY_ROTATED", actor.username(), "", "kid=" + key.kid()))
			.map((key) -> ResponseEntity.status(201).body(new KeyView(key.kid(), key.createdAt().toString())));
	}

	record KeyView(String kid, String createdAt) {
	}

}
