package org.karvon.identity.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.identity.application.Accounts;
import org.karvon.identity.persistence.Organizations;
import org.karvon.identity.persistence.UserAccounts;
import org.karvon.kernel.Role;
import org.karvon.security.SecuredSlice;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Administration behind the real filter chain: only {@code ROLE_ADMIN} passes the path rule, and
 * bean validation of the requests answers with every bad field. {@code AdministrationIntegrationTests}
 * creates real organizations and users.
 */
@WebFluxTest(AdminController.class)
@Import(SecuredSlice.class)
class AdminControllerTests {

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Organizations organizations;

	@MockitoBean
	UserAccounts users;

	WebTestClient client;

	@BeforeEach
	void client(@Autowired ApplicationContext context) {
		client = SecuredSlice.client(context);
	}

	@Test
	void turnsAwayACallerWithoutAToken() {
		client.get().uri("/api/admin/users").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void turnsAwayEveryRoleButAdmin() {
		for (Role role : new Role[] { Role.CARRIER, Role.OFFICER }) {
			client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority(role.authority())))
				.post().uri("/api/admin/organizations").bodyValue(Map.of("name", "Silk Way", "country", "UZ")).exchange()
				.expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.detail").isEqualTo("Your role may not do this.");
		}
		Mockito.verifyNoInteractions(accounts);
	}

	@Test
	void namesEveryInvalidFieldOfAnOrganization() {
		admin().post().uri("/api/admin/organizations").bodyValue(Map.of("name", " ", "country", "Uzbekistan")).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.errors[?(@.field == 'name')]").exists()
			.jsonPath("$.errors[?(@.field == 'country')].message").isEqualTo("must be an ISO 3166-1 alpha-2 code");
	}

	private WebTestClient admin() {
		return client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority(Role.ADMIN.authority())));
	}

}
