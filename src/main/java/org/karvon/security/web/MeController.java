package org.karvon.security.web;

import org.karvon.kernel.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token belongs to, so a client can show the right screens. */
@Tag(name = "Authentication")
@RestController
class MeController {

	@Operation(operationId = "readMe",
			summary = "Who the caller is: user, role, organization or post",
			description = "Any role: the identity the bearer token stands for.")
	@GetMapping("/api/me")
	Actor me(@AuthenticationPrincipal Actor actor) {
		return actor;
	}

}
