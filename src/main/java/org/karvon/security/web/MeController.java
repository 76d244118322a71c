package org.karvon.security.web;

import org.karvon.kernel.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token belongs to, so a client can show the right screens. */
@RestController
class MeController {

	@GetMapping("/api/me")
	Actor me(@AuthenticationPrincipal Actor actor) {
		return actor;
	}

}
