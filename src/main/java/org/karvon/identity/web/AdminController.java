package org.karvon.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.karvon.identity.Organization;
import org.karvon.identity.application.Accounts;
import org.karvon.identity.persistence.Organizations;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.web.ApiException;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.SecurityLog;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Carrier organizations. Only {@code ADMIN} reaches it (see the filter chain); users: {@link UserAdminController}. */
@Tag(name = "Administration")
@RestController
@RequestMapping("/api/admin/organizations")
class AdminController {

	private final Accounts accounts;

	private final Organizations organizations;

	private final SecurityLog events;

	AdminController(Accounts accounts, Organizations organizations, SecurityLog events) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.events = events;
	}

	@Operation(operationId = "createOrganization",
			summary = "Create a carrier organization",
			description = "ADMIN. Carrier users belong to one organization and see its consignments.")
	@PostMapping
	Mono<ResponseEntity<OrganizationView>> createOrganization(@AuthenticationPrincipal Actor actor,
			@Valid @RequestBody OrganizationRequest request) {
		return accounts.createOrganization(request.name(), request.country())
			.doOnNext((created) -> events.record("ORGANIZATION_CREATED", actor.username(), "",
					"id=" + created.id() + " name=" + created.name()))
			.map((created) -> ResponseEntity.created(URI.create("/api/admin/organizations/" + created.id()))
				.body(OrganizationView.of(created)));
	}

	@Operation(operationId = "listOrganizations",
			summary = "Every organization",
			description = "ADMIN.")
	@GetMapping
	Mono<List<OrganizationView>> organizations() {
		return organizations.all().map(OrganizationView::of).collectList();
	}

	record OrganizationRequest(@NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {
	}

	record OrganizationView(UUID id, String name, String country) {

		static OrganizationView of(Organization organization) {
			return new OrganizationView(organization.id(), organization.name(), organization.country());
		}

	}

}
