package org.karvon.web;

import org.junit.jupiter.api.Test;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void reportsHealthAndReadinessUp() {
		client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status")
			.isEqualTo("UP");
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void exposesPrometheusMetrics() {
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
			.value((body) -> assertThat(body).contains("jvm_memory_used_bytes"));
	}

	@Test
	void timesEachRequestButNotEachSecurityFilter() {
		client.get().uri("/api/posts").exchange().expectStatus().isOk();

		client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
			.value((body) -> assertThat(body).contains("http_server_requests_seconds_count")
				.doesNotContain("spring_security_filterchains"));
	}

	@Test
	void publishesTheOpenApiDocument() {
		client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.paths['/api/auth/token']").exists()
			.jsonPath("$.paths['/api/posts']").exists();
	}

}
