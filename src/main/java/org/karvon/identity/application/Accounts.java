package org.karvon.identity.application;

import org.karvon.kernel.DomainException;
import org.karvon.identity.NewUser;
import org.karvon.identity.Organization;
import org.karvon.identity.UserAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.karvon.identity.persistence.Organizations;
import org.karvon.identity.persistence.UserAccounts;
import org.karvon.registry.persistence.Registries;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.kernel.FieldError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates organizations and users and checks passwords. Hashing is deliberately slow (bcrypt), so
 * it runs off the event loop and only here, at account creation and login.
 */
@Service
public class Accounts {

	private final Organizations organizations;

	private final UserAccounts users;

	private final Registries registries;

	private final PasswordEncoder passwords;

	private final Clock clock;

	/** Checked against for unknown usernames so that a miss costs as much time as a wrong password. */
	private final String dummyHash;

	Accounts(Organizations organizations, UserAccounts users, Registries registries, PasswordEncoder passwords,
			Clock clock) {
		this.organizations = organizations;
		this.users = users;
		this.registries = registries;
		this.passwords = passwords;
		this.clock = clock;
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
	}

	public Mono<Organization> createOrganization(String name, String country) {
		String code = country.toUpperCase(java.util.Locale.ROOT);
		return registries.current().flatMap((registry) -> {
			if (registry.country(code).isEmpty()) {
				return Mono.error(new DomainException.Invalid(List.of(new FieldError("country", "unknown country code"))));
			}
			return organizations.nameTaken(name.trim());
		}).flatMap((taken) -> taken
				? Mono.error(new DomainException.Refused("ORGANIZATION_EXISTS", "An organization named '" + name.trim() + "' exists."))
				: organizations.add(new Organization(UUID.randomUUID(), name.trim(), code, clock.instant())));
	}

	public Mono<UserAccount> createUser(NewUser request) {
		return registries.current().flatMap((registry) -> {
			List<FieldError> problems = new ArrayList<>();
			if (request.role() == Role.OFFICER && registry.post(request.postCode()).isEmpty()) {
				problems.add(new FieldError("postCode", "unknown customs post"));
			}
			if (request.role() == Role.COUNTRY_ADMIN
					&& registry.country(request.country()).filter((country) -> country.member()).isEmpty()) {
				problems.add(new FieldError("country", "must be the code of a member state"));
			}
			if (!problems.isEmpty()) {
				return Mono.error(new DomainException.Invalid(problems));
			}
			Mono<Boolean> organizationExists = request.organizationId() == null ? Mono.just(true)
					: organizations.byId(request.organizationId()).hasElement();
			return organizationExists;
		}).flatMap((exists) -> exists ? hash(request.password())
				: Mono.error(new DomainException.Invalid(List.of(new FieldError("organizationId", "unknown organization")))))
			.flatMap((hash) -> users.add(new UserAccount(UUID.randomUUID(), request.username(), hash, request.role(),
					request.organizationId(), request.postCode(), request.country(), true, 0, clock.instant())))
			.onErrorMap(DataIntegrityViolationException.class,
					(ex) -> new DomainException.Refused("USERNAME_TAKEN", "The username '" + request.username() + "' is taken."));
	}

	/** The actor behind a username and password, or empty when they do not match. */
	public Mono<Actor> authenticate(String username, String password) {
		return signIn(username, password).map(SignedIn::actor);
	}

	/**
	 * The actor behind a username and password with the token version to issue, or empty when they
	 * do not match or the user is disabled (the password is checked either way: same time, same answer).
	 */
	public Mono<SignedIn> signIn(String username, String password) {
		return users.byUsername(username)
			.flatMap((user) -> matches(password, user.passwordHash()).filter(Boolean::booleanValue).map((ok) -> user))
			.switchIfEmpty(Mono.defer(() -> matches(password, dummyHash).then(Mono.empty())))
			.filter(UserAccount::enabled)
			.flatMap((user) -> toActor(user).map((actor) -> new SignedIn(actor, user.tokenVersion())));
	}

	/** Hashes a new password off the event loop. */
	Mono<String> hashOf(String password) {
		return hash(password);
	}

	public Mono<Boolean> anyUser() {
		return users.any();
	}

	private Mono<Actor> toActor(UserAccount user) {
		return registries.current()
			.map((registry) -> new Actor(user.id(), user.username(), user.role(), user.organizationId(), user.postCode(),
					user.role() == Role.COUNTRY_ADMIN ? user.country()
							: registry.post(user.postCode()).map((post) -> post.country()).orElse(null)));
	}

	/** A successful sign-in: who, and the token version their token must carry. */
	public record SignedIn(Actor actor, int tokenVersion) {
	}

	private Mono<String> hash(String password) {
		return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<Boolean> matches(String password, String hash) {
		// bcrypt refuses passwords over 72 bytes; such a password simply does not match
		return Mono.fromCallable(() -> passwords.matches(password, hash))
			.onErrorReturn(IllegalArgumentException.class, false)
			.subscribeOn(Schedulers.boundedElastic());
	}

}
