package org.karvon.identity;

import java.time.Instant;
import java.util.UUID;

import org.karvon.kernel.Role;

/**
 * A person who logs in. Carriers have an organization, officers a post, country admins a country,
 * admins none of these. {@code country} is the state the user works for: a country admin's own, an
 * officer's post's. A disabled user cannot log in; {@code tokenVersion} rises whenever the user's
 * existing tokens must stop working (disabled, password reset).
 */
public record UserAccount(UUID id, String username, String passwordHash, Role role, UUID organizationId,
		String postCode, String country, boolean enabled, int tokenVersion, Instant createdAt) {

	public AccountStanding standing() {
		return new AccountStanding(enabled, tokenVersion);
	}

}
