package org.karvon.identity;

import java.time.Instant;
import java.util.UUID;

import org.karvon.security.Role;

/** A person who logs in. Carriers have an organization, officers a post, admins neither. */
public record UserAccount(UUID id, String username, String passwordHash, Role role, UUID organizationId,
		String postCode, Instant createdAt) {
}
