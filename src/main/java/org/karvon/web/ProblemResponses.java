package org.karvon.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Gives every operation of {@code /v3/api-docs} its error responses as {@code application/problem+json}
 * with the RFC 9457 {@code Problem} schema — in this one place, derived from the route: 400 for every
 * operation with parameters or a body (with {@code errors} naming the fields), 413 and 415 for a body,
 * 401 and 403 unless the route is public, 404 for a path with a variable, 409 (with a {@code code}) for
 * state changes, 429 where Karvon throttles, 503 where the database or signing keys may be
 * unavailable or the request deadline passes; and the {@code code} values a route's problems carry
 * ({@link ProblemCodes}). Success answers are {@link SuccessResponses}'.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "application/problem+json";

	/** Routes anyone may call, as in {@code SecurityConfiguration}: no 401/403, no bearer requirement. */
	private static final Set<String> PUBLIC = Set.of("POST /api/auth/token", "GET /api/countries", "GET /api/posts",
			"GET /api/posts/{code}", "GET /api/trust/keys", "GET /api/trust/evidence-keys", "GET /api/trust/revoked",
			"GET /api/verify", "GET /api/log/checkpoint", "GET /api/log/key", "GET /api/log/proof/inclusion", "GET /api/log/proof/consistency");

	/** Routes whose callers are throttled (429 with Retry-After). */
	private static final Set<String> THROTTLED = Set.of("POST /api/auth/token", "POST /api/scans");

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas("Problem", problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String route = method.name() + " " + path;
			problems(route, path, method, operation);
			coded(route, path, operation.getResponses());
			if (PUBLIC.contains(route)) {
				operation.setSecurity(List.of());
			}
		}));
	}

	private static void problems(String route, String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		boolean body = operation.getRequestBody() != null;
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean changes = method != PathItem.HttpMethod.GET;
		if (body || parameters) {
			add(responses, "400", "Invalid input: the problem's errors name each bad field");
		}
		if (!PUBLIC.contains(route)) {
			add(responses, "401", "No valid bearer token");
			add(responses, "403", "The caller's role may not do this");
		}
		else if (route.equals("POST /api/auth/token")) {
			add(responses, "401", "Bad credentials");
		}
		if (path.contains("{")) {
			add(responses, "404", "No such resource that the caller may see (existence does not leak)");
		}
		if (changes && path.startsWith("/api/consignments")) {
			add(responses, "409", "Refused by the lifecycle or jurisdiction rules; the problem's code says which");
		}
		if (body) {
			add(responses, "413", "Request body too large");
			add(responses, "415", "Unsupported content type");
		}
		if (route.equals("POST /api/scans")) {
			add(responses, "422", "An image with no readable QR code");
		}
		if (THROTTLED.contains(route)) {
			add(responses, "429", "Too many attempts; see Retry-After");
		}
		if (route.equals("POST /api/scans")) {
			add(responses, "503", "The database is unavailable, every photo decoder is busy, or no answer was ready within the request deadline; try again");
		}
		add(responses, "503", "The database is unavailable, or no answer was ready within the request deadline (15 s by default); try again");
	}

	/** The codes a route's problems carry: in the description, and one example each. */
	private static void coded(String route, String path, ApiResponses responses) {
		for (String status : ProblemCodes.statuses(route)) {
			add(responses, status, "Refused by a business rule");
			List<String> codes = ProblemCodes.of(route, status);
			ApiResponse response = responses.get(status);
			if (!response.getDescription().contains(" code: ")) {
				response.description(response.getDescription() + "; code: " + String.join(", ", codes));
				response.getContent().get(PROBLEM).examples(ProblemCodes.examples(path, status, codes));
			}
		}
	}

	private static void add(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("JSON path of the field, e.g. goods[0].hsCode"));
		fieldError.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri"));
		problem.addProperty("code", new StringSchema().description("Stable upper-case code of a business rule refusal")
			.example("NOT_REGISTERED"));
		problem.addProperty("errors", new ArraySchema().items(fieldError).description("Field errors of a 400"));
		problem.setRequired(List.of("status", "title"));
		return problem;
	}

}
