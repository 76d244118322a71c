package org.karvon.webapp;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Every country and post the registry (the real database) knows has a name in every language. */
@IntegrationTest
class NameBundlesIntegrationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Api api;

	@Test
	void namesEveryRegistryCountryInEveryLanguage() {
		List<String> codes = codes("/api/countries");
		assertThat(codes).hasSize(14);
		for (String language : StaticAssets.LANGUAGES) {
			Map<String, String> names = NameBundles.of(language).countries();
			assertThat(names.keySet()).as("countries named in names/%s.json", language).containsExactlyInAnyOrderElementsOf(codes);
			codes.forEach((code) -> assertThat(names.get(code)).as("%s in names/%s.json", code, language)
				.isNotBlank().isNotEqualToIgnoringCase(code));
		}
	}

	@Test
	void namesEveryRegistryPostInEveryLanguage() {
		List<String> codes = codes("/api/posts");
		assertThat(codes).hasSizeGreaterThanOrEqualTo(33);
		for (String language : StaticAssets.LANGUAGES) {
			Map<String, String> names = NameBundles.of(language).posts();
			assertThat(names.keySet()).as("posts named in names/%s.json", language).containsExactlyInAnyOrderElementsOf(codes);
			codes.forEach((code) -> assertThat(names.get(code)).as("%s in names/%s.json", code, language)
				.isNotBlank().isNotEqualToIgnoringCase(code));
		}
	}

	private List<String> codes(String uri) {
		List<Map<String, Object>> rows = api.client().get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(LIST).returnResult().getResponseBody();
		return rows.stream().map((row) -> (String) row.get("code")).toList();
	}

}
