package org.karvon.signing.web;

import org.karvon.signing.application.TrustedKeys;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public keys that sign QR tokens, so anyone can verify a token offline. */
@RestController
class TrustController {

	private final TrustedKeys keys;

	TrustController(TrustedKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/api/trust/keys", produces = { "application/jwk-set+json", "application/json" })
	ResponseEntity<String> keys() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.contentType(MediaType.APPLICATION_JSON)
			.body(keys.ring().publicJwks());
	}

	/** Rotation: a new key signs from now on; every earlier key stays published for verification. */
	@PostMapping("/api/admin/signing-keys")
	Mono<ResponseEntity<KeyView>> rotate() {
		return keys.rotate().map((key) -> ResponseEntity.status(201).body(new KeyView(key.kid(), key.createdAt().toString())));
	}

	record KeyView(String kid, String createdAt) {
	}

}
