package org.karvon.identity;

import java.util.UUID;

import org.karvon.security.Role;

/**
 * A request to create a user, already checked for shape: a carrier names an organization, an
 * officer a post, an admin neither.
 */
public record NewUser(String username, String password, Role role, UUID organizationId, String postCode) {
}
