package org.karvon.web;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProblemDetailsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WebTestClient client;

	@Test
	void answersAnUnknownPathWith404Problem() {
		client.get().uri("/no/such/page").exchange().expectStatus().isNotFound().expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody().jsonPath("$.status").isEqualTo(404);
	}

	@Test
	void answersAWrongMethodWith405Problem() {
		client.put().uri("/api/auth/token").bodyValue("{}").exchange().expectStatus().isEqualTo(405).expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAWrongContentTypeWith415Problem() {
		client.post().uri("/api/auth/token").contentType(MediaType.TEXT_PLAIN).bodyValue("admin").exchange()
			.expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAnOversizedBodyWith413Problem() {
		String huge = "{\"username\":\"" + "a".repeat(400_000) + "\",\"password\":\"x\"}";
		client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON).bodyValue(huge).exchange()
			.expectStatus().isEqualTo(413).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersBrokenJsonWith400ProblemThatNamesNoJavaInternals() {
		client.post()
			.uri("/api/admin/organizations")
			.headers((headers) -> headers.setBearerAuth(api.adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("org.karvon").doesNotContain("Exception").doesNotContain("\tat "));
	}

	@Test
	void answersAWrongJsonTypeWith400Problem() {
		client.post()
			.uri("/api/admin/users")
			.headers((headers) -> headers.setBearerAuth(api.adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\": [1,2], \"password\": {}, \"role\": \"KING\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("org.karvon"));
	}

}
