package org.karvon.identity;

import java.util.UUID;

import org.karvon.kernel.Role;

/**
 * A request to create a user, already checked for shape: a carrier names an organization, an
 * officer a post, a country admin a country, an admin none of these.
 */
public record NewUser(String username, String password, Role role, UUID organizationId, String postCode,
		String country) {

	public NewUser(String username, String password, Role role, UUID organizationId, String postCode) {
		this(username, password, role, organizationId, postCode, null);
	}

}
