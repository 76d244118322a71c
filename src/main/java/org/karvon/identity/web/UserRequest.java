package org.karvon.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.karvon.identity.NewUser;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.Role;
import org.karvon.web.ApiException;

/** A new user as posted: which of organization, post and country it needs depends on the role. */
record UserRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
				message = "3-64 characters: letters, digits, '.', '_' or '-' (case does not matter)") String username,
		@NotNull @Size(max = 256) @AcceptablePassword String password,
		@NotNull Role role, UUID organizationId,
		@Pattern(regexp = "[A-Z]{5}", message = "must be a 5-letter post code such as UZYAL") String postCode,
		@Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as UZ") String country) {

	NewUser toNewUser() {
		List<FieldError> problems = new ArrayList<>();
		require(problems, role == Role.CARRIER, organizationId != null, "organizationId", "a CARRIER");
		require(problems, role == Role.OFFICER, postCode != null, "postCode", "an OFFICER");
		require(problems, role == Role.COUNTRY_ADMIN, country != null, "country", "a COUNTRY_ADMIN");
		if (!problems.isEmpty()) {
			throw ApiException.invalid(problems);
		}
		return new NewUser(username, password, role, organizationId, postCode,
				country == null ? null : country.toUpperCase(Locale.ROOT));
	}

	/** The field is needed by exactly one role: present for it, absent for every other. */
	private static void require(List<FieldError> problems, boolean roleNeedsIt, boolean present, String field,
			String who) {
		if (roleNeedsIt && !present) {
			problems.add(new FieldError(field, who + " needs " + field));
		}
		if (!roleNeedsIt && present) {
			problems.add(new FieldError(field, "only " + who + " has " + field));
		}
	}

}
