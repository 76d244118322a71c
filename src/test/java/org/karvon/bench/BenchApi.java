package org.karvon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few Karvon API calls the benchmark seeding makes, over plain JDK HTTP. */
final class BenchApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	BenchApi(String base) {
		this.base = base;
	}

	String token(String username, String password) {
		return post("/api/auth/token", null, JSON.createObjectNode().put("username", username).put("password", password)
			.toString()).get("accessToken").asString();
	}

	JsonNode post(String path, String bearer, String body) {
		try {
			HttpResponse<String> response = http.send(request(path, bearer, body), HttpResponse.BodyHandlers.ofString());
			return checked(path, response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(path + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	CompletableFuture<JsonNode> postAsync(String path, String bearer, String body) {
		return http.sendAsync(request(path, bearer, body), HttpResponse.BodyHandlers.ofString())
			.thenApply((response) -> checked(path, response));
	}

	private HttpRequest request(String path, String bearer, String body) {
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		return builder.build();
	}

	private static JsonNode checked(String path, HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
