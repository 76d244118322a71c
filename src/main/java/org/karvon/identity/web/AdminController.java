package org.karvon.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.karvon.identity.Accounts;
import org.karvon.identity.NewUser;
import org.karvon.identity.Organization;
import org.karvon.identity.UserAccount;
import org.karvon.identity.persistence.Organizations;
import org.karvon.identity.persistence.UserAccounts;
import org.karvon.security.Role;
import org.karvon.web.ApiException;
import org.karvon.web.FieldProblem;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration: organizations and users. Only {@code ADMIN} reaches it (see the filter chain). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

	private final Accounts accounts;

	private final Organizations organizations;

	private final UserAccounts users;

	AdminController(Accounts accounts, Organizations organizations, UserAccounts users) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.users = users;
	}

	@PostMapping("/organizations")
	Mono<ResponseEntity<OrganizationView>> createOrganization(@Valid @RequestBody OrganizationRequest request) {
		return accounts.createOrganization(request.name(), request.country())
			.map((created) -> ResponseEntity.created(URI.create("/api/admin/organizations/" + created.id()))
				.body(OrganizationView.of(created)));
	}

	@GetMapping("/organizations")
	Mono<List<OrganizationView>> organizations() {
		return organizations.all().map(OrganizationView::of).collectList();
	}

	@PostMapping("/users")
	Mono<ResponseEntity<UserView>> createUser(@Valid @RequestBody UserRequest request) {
		return accounts.createUser(request.toNewUser())
			.map((created) -> ResponseEntity.created(URI.create("/api/admin/users/" + created.id()))
				.body(UserView.of(created)));
	}

	@GetMapping("/users")
	Mono<List<UserView>> users() {
		return users.all().map(UserView::of).collectList();
	}

	record OrganizationRequest(@NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {
	}

	record OrganizationView(UUID id, String name, String country) {

		static OrganizationView of(Organization organization) {
			return new OrganizationView(organization.id(), organization.name(), organization.country());
		}

	}

	record UserRequest(
			@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
					message = "3-64 characters: lower-case letters, digits, '.', '_' or '-'") String username,
			@NotBlank @Size(min = 10, max = 72, message = "must be 10 to 72 characters") String password,
			@NotNull Role role, UUID organizationId,
			@Pattern(regexp = "[A-Z]{5}", message = "must be a 5-letter post code such as UZYAL") String postCode) {

		NewUser toNewUser() {
			List<FieldProblem> problems = new java.util.ArrayList<>();
			if (role == Role.CARRIER && organizationId == null) {
				problems.add(new FieldProblem("organizationId", "a CARRIER needs an organizationId"));
			}
			if (role == Role.OFFICER && postCode == null) {
				problems.add(new FieldProblem("postCode", "an OFFICER needs a postCode"));
			}
			if (role != Role.CARRIER && organizationId != null) {
				problems.add(new FieldProblem("organizationId", "only a CARRIER belongs to an organization"));
			}
			if (role != Role.OFFICER && postCode != null) {
				problems.add(new FieldProblem("postCode", "only an OFFICER belongs to a post"));
			}
			if (!problems.isEmpty()) {
				throw ApiException.invalid(problems);
			}
			return new NewUser(username, password, role, organizationId, postCode);
		}

	}

	record UserView(UUID id, String username, Role role, UUID organizationId, String postCode) {

		static UserView of(UserAccount user) {
			return new UserView(user.id(), user.username(), user.role(), user.organizationId(), user.postCode());
		}

	}

}
