package org.karvon.kernel;

import java.util.UUID;

/**
 * The authenticated caller as the domain sees it. A carrier has an organization, an officer a
 * post (and through it a country), a country admin a country; an admin has none of these.
 */
public record Actor(UUID userId, String username, Role role, UUID organizationId, String postCode, String country) {

	public boolean is(Role wanted) {
		return role == wanted;
	}

	public boolean belongsTo(UUID organization) {
		return role == Role.CARRIER && organizationId != null && organizationId.equals(organization);
	}

}
