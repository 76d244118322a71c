package org.karvon.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AdminScopeTests {

	static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", Role.ADMIN, null, null, null);

	static final Actor UZBEK_ADMIN = new Actor(UUID.randomUUID(), "uz-admin", Role.COUNTRY_ADMIN, null, null, "UZ");

	static final Actor OFFICER = new Actor(UUID.randomUUID(), "officer", Role.OFFICER, null, "UZYAL", "UZ");

	@Test
	void anAdminManagesEveryone() {
		for (Role role : Role.values()) {
			assertThat(AdminScope.refusal(ADMIN, role, "KZ")).isEmpty();
		}
		assertThat(AdminScope.listedCountry(ADMIN)).isEmpty();
	}

	@Test
	void aCountryAdminManagesOnlyOfficersOfItsOwnCountry() {
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.OFFICER, "UZ")).isEmpty();
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.OFFICER, "KZ")).hasValueSatisfying((reason) -> assertThat(reason).contains("UZ"));
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.OFFICER, null)).isPresent();
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.COUNTRY_ADMIN, "UZ")).isPresent();
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.ADMIN, null)).isPresent();
		assertThat(AdminScope.refusal(UZBEK_ADMIN, Role.CARRIER, null)).isPresent();
		assertThat(AdminScope.listedCountry(UZBEK_ADMIN)).contains("UZ");
	}

	@Test
	void nobodyElseManagesAnyone() {
		assertThat(AdminScope.refusal(OFFICER, Role.OFFICER, "UZ")).isPresent();
	}

}
