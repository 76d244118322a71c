package org.karvon.consignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.karvon.audit.SecurityEvents;
import org.karvon.consignment.application.CodeReissue;
import org.karvon.kernel.Actor;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Revocation of a QR signing key, with the reissue of every live code it signed (ADMIN; README "Keys"). */
@Tag(name = "Trust")
@RestController
class KeyRevocationController {

	private final CodeReissue reissue;

	private final SecurityEvents events;

	KeyRevocationController(CodeReissue reissue, SecurityEvents events) {
		this.reissue = reissue;
		this.events = events;
	}

	@Operation(operationId = "revokeSigningKey",
			summary = "Revoke a QR signing key", description = "The key leaves the JWKS and is listed at "
			+ "/api/trust/revoked; codes it signed scan REVOKED; every live consignment it signed gets a new code "
			+ "(QR and PDF change). Revoking the active key makes a new key active in the same transaction. "
			+ "200 with the revocation; 404 for an unknown kid.")
	@PostMapping("/api/admin/signing-keys/{kid}/revoke")
	Mono<RevocationView> revoke(@AuthenticationPrincipal Actor actor, @PathVariable String kid) {
		return reissue.revoke(kid)
			.doOnNext((outcome) -> events.record("SIGNING_KEY_REVOKED", actor.username(), "",
					"kid=" + kid + " active=" + outcome.revocation().activeKid() + " reissued=" + outcome.reissued()))
			.map((outcome) -> new RevocationView(kid, outcome.revocation().revokedAt().toString(),
					outcome.revocation().activeKid(), outcome.reissued()));
	}

	record RevocationView(String kid, String revokedAt, String activeKid, long reissued) {
	}

}
