package org.karvon.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing a known user's password: counted before bcrypt runs, so parallel guesses do not slip past. */
@IntegrationTest
class LoginAbuseIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Test
	void fiftyParallelWrongPasswordsForOneUserCostAtMostFivePasswordChecks() {
		String username = "target-" + Api.uniqueSuffix();
		api.post(api.adminToken(), "/api/admin/users", Map.of("username", username, "password", "a-long-secret-passphrase",
				"role", "OFFICER", "postCode", "UZYAL")).expectStatus().isCreated();
		double before = checks();
		AtomicInteger throttled = new AtomicInteger();
		WebClient client = WebClient.create("http://localhost:" + port);
		List<Integer> statuses = Flux.range(0, 50)
			.flatMap((i) -> client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", username, "password", "wrong-guess-number-" + i))
				.exchangeToMono((response) -> {
					if (response.statusCode().value() == 429) {
						assertThat(response.headers().header(HttpHeaders.RETRY_AFTER)).isNotEmpty();
						assertThat(response.headers().contentType()).contains(MediaType.APPLICATION_PROBLEM_JSON);
						throttled.incrementAndGet();
					}
					return response.releaseBody().thenReturn(response.statusCode().value());
				}), 50)
			.collectList()
			.block();
		assertThat(statuses).allMatch((status) -> status == 401 || status == 429);
		assertThat(checks() - before).isLessThanOrEqualTo(5);
		assertThat(throttled.get()).isGreaterThanOrEqualTo(45);
	}

	@Test
	void usernamesAreOneUserWhateverTheirCase() {
		String username = "Officer.UZYAL-" + Api.uniqueSuffix();
		api.post(api.adminToken(), "/api/admin/users", Map.of("username", username, "password", "a-long-secret-passphrase",
				"role", "OFFICER", "postCode", "UZYAL")).expectStatus().isCreated();
		assertThat(api.tokenFor(username.toLowerCase(), "a-long-secret-passphrase")).isNotBlank();
		assertThat(api.tokenFor(username.toUpperCase(), "a-long-secret-passphrase")).isNotBlank();
		api.post(api.adminToken(), "/api/admin/users", Map.of("username", username.toLowerCase(), "password",
				"another-long-passphrase", "role", "OFFICER", "postCode", "UZYAL"))
			.expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("USERNAME_TAKEN");
	}

	@Test
	void refusesPasswordsTooLongInBytesTooShortOrTooCommonNamingThePassword() {
		for (String password : List.of("Караван идёт через перевал Камчик и Ташкент", "ж".repeat(42), "short-pass", "password1234", "qwertyuiop[]", "aaaaaaaaaaaaaaaa")) {
			api.post(api.adminToken(), "/api/admin/users", Map.of("username", "p-" + Api.uniqueSuffix(), "password", password,
					"role", "OFFICER", "postCode", "UZYAL"))
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
		}
		api.post(api.adminToken(), "/api/admin/users", Map.of("username", "p-" + Api.uniqueSuffix(), "password",
				"Караван идёт через перевал Камчик", "role", "OFFICER", "postCode", "UZYAL")).expectStatus().isCreated();
	}

	private double checks() {
		return meters.counter("karvon.login.password.checks").count();
	}

}
