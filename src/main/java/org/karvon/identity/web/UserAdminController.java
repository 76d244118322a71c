package org.karvon.identity.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.karvon.identity.UserAccount;
import org.karvon.identity.application.UserAdministration;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Page;
import org.karvon.kernel.Role;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/**
 * Users, for {@code ADMIN} and {@code COUNTRY_ADMIN} (the filter chain lets both in; whom each may
 * touch is {@link org.karvon.identity.AdminScope}'s decision, answered 403 when outside it).
 */
@Tag(name = "Administration")
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@Operation(operationId = "createUser",
			summary = "Create a user: ADMIN, COUNTRY_ADMIN with country, OFFICER with postCode, or CARRIER with organizationId",
			description = "ADMIN creates any user; a COUNTRY_ADMIN only OFFICERs of posts in its own country (others 403). "
					+ "Usernames are case-insensitive.")
	@PostMapping
	Mono<ResponseEntity<UserView>> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody UserRequest request) {
		return administration.create(actor, request.toNewUser())
			.map((created) -> ResponseEntity.created(URI.create("/api/admin/users/" + created.id()))
				.body(UserView.of(created)));
	}

	/** Users whose name contains {@code q} (prefix matches first); a country admin sees its country's officers. */
	@Operation(operationId = "listUsers",
			summary = "A page of the users the caller administers, matching q",
			description = "ADMIN: every user; COUNTRY_ADMIN: the officers of its own country's posts. Each user with "
					+ "enabled.")
	@GetMapping
	Mono<Page<UserView>> list(@AuthenticationPrincipal Actor actor,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (q.length() > 64 || page < 0 || page > 100_000 || size < 1 || size > 100) {
			return Mono.error(new ServerWebInputException("q must be at most 64 characters, page 0 to 100000 and size 1 to 100"));
		}
		return administration.search(actor, q.trim(), page, size).map((found) -> found.map(UserView::of));
	}

	@Operation(operationId = "disableUser",
			summary = "Disable a user: it can no longer log in and its tokens are refused within 5 s",
			description = "ADMIN; a COUNTRY_ADMIN only for OFFICERs of its own country's posts (others 403). Nobody "
					+ "disables itself (409 CANNOT_DISABLE_SELF).")
	@PostMapping("/{id}/disable")
	Mono<UserView> disable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return administration.disable(actor, id).map(UserView::of);
	}

	@Operation(operationId = "enableUser",
			summary = "Enable a disabled user",
			description = "ADMIN; a COUNTRY_ADMIN only for OFFICERs of its own country's posts (others 403).")
	@PostMapping("/{id}/enable")
	Mono<UserView> enable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return administration.enable(actor, id).map(UserView::of);
	}

	@Operation(operationId = "resetPassword",
			summary = "Set a user's password; its existing tokens are refused within 5 s",
			description = "ADMIN; a COUNTRY_ADMIN only for OFFICERs of its own country's posts (others 403). The password "
					+ "follows the same rules as at creation.")
	@PostMapping("/{id}/password")
	Mono<ResponseEntity<Void>> resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
			@Valid @RequestBody PasswordRequest request) {
		return administration.resetPassword(actor, id, request.password()).thenReturn(ResponseEntity.noContent().build());
	}

	record PasswordRequest(@NotNull @Size(max = 256) @AcceptablePassword String password) {
	}

	record UserView(UUID id, String username, Role role, UUID organizationId, String postCode, String country,
			boolean enabled) {

		static UserView of(UserAccount user) {
			return new UserView(user.id(), user.username(), user.role(), user.organizationId(), user.postCode(),
					user.country(), user.enabled());
		}

	}

}
