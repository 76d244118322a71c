package org.karvon.webapp;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The web app is served with a strict Content-Security-Policy, and the API cannot be driven by a
 * cross-site request: credentials travel only in the Authorization header, never in cookies.
 */
@IntegrationTest
class WebAppSecurityIntegrationTests {

	static final String POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
			+ "connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	@Autowired
	Api api;

	@Test
	void servesTheAppAtTheRootWithAStrictPolicy() {
		api.client().get().uri("/").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader().valueEquals("Content-Security-Policy", POLICY)
			.expectBody(String.class).value((html) -> org.assertj.core.api.Assertions.assertThat(html)
				.contains("<script type=\"module\" src=\"/js/app.js\"></script>"));
	}

	@Test
	void servesScriptsStylesAndBundlesWithThePolicy() {
		for (String path : new String[] { "/js/app.js", "/css/app.css", "/i18n/ru.json" }) {
			api.client().get().uri(path).exchange()
				.expectStatus().isOk()
				.expectHeader().valueEquals("Content-Security-Policy", POLICY);
		}
	}

	@Test
	void putsThePolicyOnApiResponsesToo() {
		api.client().get().uri("/api/countries").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Content-Security-Policy", POLICY);
	}

	@Test
	void refusesAPostThatCarriesTheTokenOnlyInCookies() {
		String token = api.adminToken();
		api.client().post().uri("/api/admin/organizations")
			.header(HttpHeaders.COOKIE, "access_token=" + token + "; Authorization=Bearer%20" + token + "; SESSION=" + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Cross-site " + Api.uniqueSuffix(), "country", "UZ"))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void acceptsTheSameTokenInTheAuthorizationHeader() {
		api.client().post().uri("/api/admin/organizations")
			.headers((headers) -> headers.setBearerAuth(api.adminToken()))
			.bodyValue(Map.of("name", "Same-site " + Api.uniqueSuffix(), "country", "UZ"))
			.exchange()
			.expectStatus().isCreated();
	}

	@Test
	void setsNoCookieWhenSigningIn() {
		api.client().post().uri("/api/auth/token")
			.bodyValue(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void givesSwaggerUiItsOwnLooserPolicy() {
		api.client().get().uri("/swagger-ui/index.html").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Content-Security-Policy", SwaggerUiSecurity.POLICY);
	}

}
