package org.karvon.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.karvon.audit.SecurityEvents;
import org.karvon.kernel.Actor;
import org.karvon.security.TokenKeys;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotation of the access-token key (ADMIN): nobody is logged out, old tokens stay good until they expire. */
@Tag(name = "Authentication")
@RestController
class TokenKeyController {

	private final TokenKeys keys;

	private final SecurityEvents events;

	TokenKeyController(TokenKeys keys, SecurityEvents events) {
		this.keys = keys;
		this.events = events;
	}

	@Operation(operationId = "rotateTokenKey",
			summary = "Rotate the access-token key", description = "New tokens are signed with a new HMAC key on "
			+ "every instance within seconds; the previous key is accepted for one token lifetime (KARVON_TOKEN_LIFETIME), "
			+ "then dropped. 201 with the new key's kid.")
	@PostMapping("/api/admin/token-keys")
	Mono<ResponseEntity<KeyView>> rotate(@AuthenticationPrincipal Actor actor) {
		return keys.rotate()
			.doOnNext((key) -> events.record("TOKEN_KEY_ROTATED", actor.username(), "", "kid=" + key.kid()))
			.map((key) -> ResponseEntity.status(201).body(new KeyView(key.kid(), key.createdAt().toString())));
	}

	record KeyView(String kid, String createdAt) {
	}

}
