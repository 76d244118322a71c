package org.karvon.identity.application;

import java.util.UUID;

import org.karvon.identity.AdminScope;
import org.karvon.identity.NewUser;
import org.karvon.identity.UserAccount;
import org.karvon.identity.persistence.UserAccounts;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.Page;
import org.karvon.kernel.Role;
import org.karvon.kernel.SecurityLog;
import org.karvon.registry.persistence.Registries;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What an administrator does to users: create, list, disable, enable, reset a password, each
 * within {@link AdminScope} and each recorded in the security log. Disabling and resetting raise
 * the user's token version, so tokens already issued stop working (see {@code security.TokenStanding}).
 */
@Service
public class UserAdministration {

	private final Accounts accounts;

	private final UserAccounts users;

	private final Registries registries;

	private final SecurityLog log;

	UserAdministration(Accounts accounts, UserAccounts users, Registries registries, SecurityLog log) {
		this.accounts = accounts;
		this.users = users;
		this.registries = registries;
		this.log = log;
	}

	public Mono<UserAccount> create(Actor admin, NewUser request) {
		return countryOf(request)
			// an unknown post is the request's fault (400 from createUser), not the admin's scope
			.flatMap((country) -> request.role() == Role.OFFICER && country.isEmpty() ? Mono.<Void>empty()
					: permitted(admin, request.role(), country.isEmpty() ? null : country))
			.then(Mono.defer(() -> accounts.createUser(request)))
			.doOnNext((created) -> log.record("USER_CREATED", admin.username(), "",
					"user=" + created.username() + " role=" + created.role()));
	}

	public Mono<Page<UserAccount>> search(Actor admin, String q, int page, int size) {
		String country = AdminScope.listedCountry(admin).orElse("");
		return Mono.zip(users.search(q, country, page, size).collectList(), users.count(q, country))
			.map((found) -> new Page<>(found.getT1(), page, size, found.getT2()));
	}

	public Mono<UserAccount> disable(Actor admin, UUID id) {
		if (id.equals(admin.userId())) {
			return Mono.error(new DomainException.Refused("CANNOT_DISABLE_SELF",
					"You cannot disable your own account; ask another administrator."));
		}
		return change(admin, id, "USER_DISABLED", users.setEnabled(id, false));
	}

	public Mono<UserAccount> enable(Actor admin, UUID id) {
		return change(admin, id, "USER_ENABLED", users.setEnabled(id, true));
	}

	public Mono<Void> resetPassword(Actor admin, UUID id, String password) {
		return manageable(admin, id)
			.flatMap((user) -> accounts.hashOf(password).flatMap((hash) -> users.setPasswordHash(id, hash)).thenReturn(user))
			.doOnNext((user) -> log.record("USER_PASSWORD_RESET", admin.username(), "", "user=" + user.username()))
			.then();
	}

	private Mono<UserAccount> change(Actor admin, UUID id, String kind, Mono<Void> update) {
		return manageable(admin, id)
			.flatMap((user) -> update.then(users.byId(id)))
			.doOnNext((user) -> log.record(kind, admin.username(), "", "user=" + user.username()));
	}

	/** The user, if it exists and the admin may manage it. */
	private Mono<UserAccount> manageable(Actor admin, UUID id) {
		return users.byId(id)
			.switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No user with id " + id + ".")))
			.flatMap((user) -> permitted(admin, user.role(), user.country()).thenReturn(user));
	}

	private Mono<Void> permitted(Actor admin, Role role, String country) {
		return AdminScope.refusal(admin, role, country)
			.<Mono<Void>>map((reason) -> Mono.error(new DomainException.NotPermitted(reason)))
			.orElse(Mono.empty());
	}

	/** The state the new user would work for; empty text when none (an admin, a carrier). */
	private Mono<String> countryOf(NewUser request) {
		if (request.role() == Role.COUNTRY_ADMIN) {
			return Mono.just(request.country() == null ? "" : request.country());
		}
		return registries.current()
			.map((registry) -> registry.post(request.postCode()).map((post) -> post.country()).orElse(""));
	}

}
