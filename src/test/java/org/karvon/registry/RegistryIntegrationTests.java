package org.karvon.registry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@SuppressWarnings("unchecked")
class RegistryIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void listsUzbekPostsWithTheirCounterpartsWithoutLogin() {
		client.get()
			.uri("/api/posts?country=UZ")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'UZYAL')].counterpart").isEqualTo("KZZHZ")
			.jsonPath("$[?(@.code == 'UZTAS')].kind").isEqualTo("INLAND")
			.jsonPath("$[?(@.code == 'UZTAS')].counterpart").isEqualTo(null)
			.jsonPath("$[*].country").value((countries) -> assertThat((List<Object>) countries)
				.containsOnly("UZ"));
	}

	@Test
	void seedsEveryPostTheContractNames() {
		for (String code : new String[] { "UZTAS", "UZYAL", "KZZHZ", "UZDST", "KGDST", "UZOYB", "TJFOT", "UZALT", "TMFAR",
				"KZKOR", "KGAKZ", "KZALA", "KZKHO", "KZAKT", "KGBIS", "TJDYU", "TMTKB", "AZBAK", "AZRBR" }) {
			client.get().uri("/api/posts/{code}", code).exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.code").isEqualTo(code);
		}
		client.get().uri("/api/posts/TMTKB").exchange().expectBody().jsonPath("$.counterpart").isEqualTo("AZBAK")
			.jsonPath("$.kind").isEqualTo("PORT");
	}

	@Test
	void marksTheSixMemberStates() {
		client.get()
			.uri("/api/countries")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.member == true)].code")
			.value((codes) -> assertThat((List<Object>) codes)
				.containsExactlyInAnyOrder("AZ", "KG", "KZ", "TJ", "TM", "UZ"))
			.jsonPath("$[?(@.code == 'CN')].member").isEqualTo(false);
	}

	@Test
	void refusesAnUnknownCountryWithAProblem() {
		client.get()
			.uri("/api/posts?country=XX")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("XX"));
	}

	@Test
	void answersAnUnknownPostWith404Problem() {
		client.get().uri("/api/posts/ZZZZZ").exchange().expectStatus().isNotFound().expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
