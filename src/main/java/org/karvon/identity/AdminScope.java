package org.karvon.identity;

import java.util.Optional;

import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;

/**
 * Who may administer whom: an {@code ADMIN} everyone; a {@code COUNTRY_ADMIN} only officers of its
 * own country's posts (each member state administers its own people); nobody else anyone.
 */
public final class AdminScope {

	private AdminScope() {
	}

	/** Why {@code admin} may not create or change a user with this role working for this country; empty if it may. */
	public static Optional<String> refusal(Actor admin, Role role, String country) {
		if (admin.is(Role.ADMIN)) {
			return Optional.empty();
		}
		if (!admin.is(Role.COUNTRY_ADMIN)) {
			return Optional.of("Only administrators manage users.");
		}
		if (role != Role.OFFICER) {
			return Optional.of("A country administrator manages officers only, not " + role + " users.");
		}
		if (country == null || !country.equals(admin.country())) {
			return Optional.of("A country administrator of " + admin.country() + " manages only officers of "
					+ admin.country() + "'s posts.");
		}
		return Optional.empty();
	}

	/** The country whose officers the admin sees in the user list: empty for an ADMIN, who sees everyone. */
	public static Optional<String> listedCountry(Actor admin) {
		return admin.is(Role.ADMIN) ? Optional.empty() : Optional.ofNullable(admin.country()).or(() -> Optional.of("--"));
	}

}
