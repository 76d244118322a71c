package org.karvon.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v3/api-docs} documents every operation's problems with the RFC 9457 schema, and real success codes. */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

	@Autowired
	WebTestClient client;

	@Test
	@SuppressWarnings("unchecked")
	void everyOperationDocumentsItsProblemsAsProblemJson() {
		Map<String, Object> spec = Api.asMap(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody());
		assertThat((String) spec.get("openapi")).startsWith("3.");
		Map<String, Object> schemas = Api.asMap(Api.asMap(spec.get("components")).get("schemas"));
		assertThat(Api.asMap(Api.asMap(schemas.get("Problem")).get("properties"))).containsKeys("status", "title",
				"detail", "code", "errors");
		Map<String, Object> paths = Api.asMap(spec.get("paths"));
		assertThat(paths).isNotEmpty();
		paths.forEach((path, item) -> Api.asMap(item).forEach((method, raw) -> {
			if (!METHODS.contains(method) || !path.startsWith("/api/")) {
				return;
			}
			Map<String, Object> responses = Api.asMap(Api.asMap(raw).get("responses"));
			assertThat(responses).as(method + " " + path).containsKey("503");
			if (!(path.startsWith("/api/auth/token") || path.startsWith("/api/log") || path.equals("/api/verify")
					|| (method.equals("get") && (path.startsWith("/api/posts") || path.equals("/api/countries")
							|| path.equals("/api/trust/keys") || path.equals("/api/trust/evidence-keys")
							|| path.equals("/api/trust/revoked"))))) {
				assertThat(responses).as(method + " " + path).containsKeys("401", "403");
			}
			if (path.contains("{")) {
				assertThat(responses).as(method + " " + path).containsKey("404");
			}
			responses.forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					Map<String, Object> content = Api.asMap(Api.asMap(response).get("content"));
					assertThat(Api.asMap(Api.asMap(content.get("application/problem+json")).get("schema")))
						.as(method + " " + path + " " + status)
						.containsEntry("$ref", "#/components/schemas/Problem");
				}
			});
		}));
	}

	@Test
	@SuppressWarnings("unchecked")
	void registrationIsCreatedWithALocationAndPublicRoutesNeedNoToken() {
		Map<String, Object> spec = Api.asMap(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody());
		Map<String, Object> paths = Api.asMap(spec.get("paths"));
		Map<String, Object> register = Api.asMap(Api.asMap(paths.get("/api/consignments")).get("post"));
		Map<String, Object> responses = Api.asMap(register.get("responses"));
		assertThat(responses).containsKeys("201", "400", "401", "403", "413", "415").doesNotContainKey("200");
		assertThat(Api.asMap(Api.asMap(responses.get("201")).get("headers"))).containsKey("Location");
		Map<String, Object> countries = Api.asMap(Api.asMap(paths.get("/api/countries")).get("get"));
		assertThat((List<Object>) countries.get("security")).isEmpty();
		assertThat(Api.asMap(countries.get("responses"))).doesNotContainKey("401");
		Map<String, Object> list = Api.asMap(Api.asMap(paths.get("/api/consignments")).get("get"));
		assertThat((List<Map<String, Object>>) list.get("parameters")).extracting((p) -> p.get("name")).contains("overdue");
		assertThat(paths).containsKey("/api/transit-deadline");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyOperationIsNamedTaggedDescribedAndSaysWhatItAnswersWith() {
		Map<String, Object> spec = Api.asMap(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody());
		List<Object> tags = ((List<Map<String, Object>>) spec.get("tags")).stream().map((tag) -> tag.get("name")).toList();
		assertThat((List<Map<String, Object>>) spec.get("servers")).extracting((server) -> server.get("url")).containsExactly("/");
		Api.asMap(spec.get("paths")).forEach((path, item) -> Api.asMap(item).forEach((method, raw) -> {
			if (!METHODS.contains(method)) {
				return;
			}
			Map<String, Object> operation = Api.asMap(raw);
			assertThat(operation).as(method + " " + path).containsKeys("operationId", "summary", "description");
			assertThat((List<Object>) operation.get("tags")).as(method + " " + path).hasSize(1).isSubsetOf(tags);
			Api.asMap(operation.get("responses")).forEach((status, response) -> {
				Map<String, Object> content = Api.asMap(Api.asMap(response).get("content"));
				assertThat(content == null ? Set.of() : content.keySet()).as(method + " " + path + " " + status)
					.doesNotContain("*/*");
			});
		}));
		Map<String, Object> paths = Api.asMap(spec.get("paths"));
		Map<String, Object> scan = Api.asMap(Api.asMap(Api.asMap(paths.get("/api/scans")).get("post")).get("requestBody"));
		assertThat(Api.asMap(scan.get("content")).keySet()).first().isEqualTo("application/json");
		Map<String, Object> register = Api.asMap(Api.asMap(paths.get("/api/consignments")).get("post"));
		Map<String, Object> example = Api.asMap(Api.asMap(Api.asMap(Api.asMap(Api.asMap(register.get("requestBody"))
			.get("content")).get("application/json")).get("examples")).get("contract"));
		assertThat(Api.asMap(example.get("value"))).containsEntry("departurePost", "UZTAS").containsKey("goods");
		Map<String, Object> refused = Api.asMap(Api.asMap(Api.asMap(Api.asMap(paths.get("/api/consignments/{number}/events"))
			.get("post")).get("responses")).get("409"));
		assertThat((String) refused.get("description")).contains("NOT_DEPARTED", "HOLD_OF_ANOTHER_STATE", "EVENT_ID_REUSED");
	}

	@LocalServerPort
	int port;

	@Test
	void answersConcurrentCallersInAnyLanguageWithOneDescriptionAndNoBlockedEventLoop() {
		// a made-up Accept-Language per caller: each used to rebuild the description under springdoc's lock,
		// on an event loop, while the others parked there (BlockHound turns that park into a 500)
		List<String> languages = List.of("ru", "uz-Latn-UZ", "kk", "ky", "tg", "tk", "az", "en-GB", "de", "fr-CA",
				"ja", "zh-Hant", "x-made-up", "*");
		WebClient http = WebClient.builder().baseUrl("http://localhost:" + port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
		List<ResponseEntity<String>> answers = Flux.fromIterable(languages)
			.flatMap((language) -> http.get().uri("/v3/api-docs").header(HttpHeaders.ACCEPT_LANGUAGE, language)
				.retrieve().onStatus((status) -> true, (response) -> Mono.empty()).toEntity(String.class), languages.size())
			.collectList()
			.block(Duration.ofSeconds(120));
		assertThat(answers).hasSize(languages.size()).extracting((answer) -> answer.getStatusCode().value()).containsOnly(200);
		assertThat(answers).extracting(ResponseEntity::getBody).extracting(String::hashCode)
			.containsOnly(answers.get(0).getBody().hashCode());
	}

}
