package org.karvon.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.karvon.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code src/test/resources/openapi/karvon-api.json} is what {@code /v3/api-docs} serves,
 * so the client generated from it in {@code generate-test-sources} is a client of this Karvon.
 */
@IntegrationTest
class OpenApiSnapshotIntegrationTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/karvon-api.json");

	static final Path LIVE = Path.of("target/openapi/karvon-api.json");

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	WebTestClient client;

	@Test
	void servesTheCommittedDescription() throws IOException {
		String served = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult().getResponseBody();
		JsonNode live = json.readTree(served);
		Files.createDirectories(LIVE.getParent());
		Files.writeString(LIVE, json.writeValueAsString(live) + "\n");
		JsonNode committed = Files.exists(SNAPSHOT) ? json.readTree(Files.readString(SNAPSHOT)) : null;
		assertThat(live.equals(committed)).as("/v3/api-docs differs from %s at %s. If the change is intended: "
				+ "cp %s %s (the served document, just written), then rebuild to regenerate the client", SNAPSHOT,
				firstDifference(committed, live, ""), LIVE, SNAPSHOT)
			.isTrue();
	}

	/** The JSON pointer of the first place where the two documents differ. */
	private static String firstDifference(JsonNode expected, JsonNode actual, String at) {
		if (expected == null || actual == null || !expected.isContainer() || expected.getNodeType() != actual.getNodeType()) {
			return at.isEmpty() ? "/" : at;
		}
		Set<String> names = new TreeSet<>(expected.propertyNames());
		names.addAll(actual.propertyNames());
		for (int i = 0; expected.isArray() && i < Math.max(expected.size(), actual.size()); i++) {
			names.add(Integer.toString(i));
		}
		for (String name : names) {
			JsonNode left = expected.isArray() ? expected.get(Integer.parseInt(name)) : expected.get(name);
			JsonNode right = actual.isArray() ? actual.get(Integer.parseInt(name)) : actual.get(name);
			if (left == null ? right != null : !left.equals(right)) {
				return firstDifference(left, right, at + "/" + name.replace("~", "~0").replace("/", "~1"));
			}
		}
		return at;
	}

}
