package org.karvon.web;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Gives every operation of {@code /v3/api-docs} its real success answer, in this one place: 201 (with
 * {@code Location} where the handler sets one) or 204 instead of springdoc's 200, and the media type
 * Karvon answers with instead of {@code *}{@code /*}: {@code application/json}, or {@code text/plain}
 * for text. A request body that may also be multipart lists {@code application/json} first, the form
 * generated clients use.
 */
@Component
class SuccessResponses implements OpenApiCustomizer {

	static final String JSON = "application/json";

	private static final String ANY = "*/*";

	/** 201 with Location: the created resource has a URL of its own. */
	private static final Set<String> CREATED_AT = Set.of("POST /api/consignments", "POST /api/admin/organizations",
			"POST /api/admin/users", "POST /api/webhooks");

	/** 201 without Location, with what the description says about it. */
	private static final Map<String, String> CREATED = Map.of("POST /api/consignments/{number}/events",
			"The event is new: the stored event", "POST /api/admin/signing-keys", "The new signing key",
			"POST /api/admin/token-keys", "The new access-token key");

	private static final Set<String> NO_CONTENT = Set.of("DELETE /api/webhooks/{id}",
			"POST /api/admin/users/{id}/password");

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String route = method.name() + " " + path;
			if (operation.getResponses() != null) {
				success(route, operation.getResponses());
				operation.getResponses().values().forEach((response) -> concrete(response.getContent()));
			}
			jsonFirst(operation);
		}));
	}

	private static void success(String route, ApiResponses responses) {
		ApiResponse ok = responses.get("200");
		if (ok == null) {
			return;
		}
		if (NO_CONTENT.contains(route)) {
			responses.remove("200");
			responses.addApiResponse("204", new ApiResponse().description("Done, no content"));
		}
		else if (CREATED_AT.contains(route)) {
			responses.remove("200");
			responses.addApiResponse("201", ok.description("Created: the stored resource").addHeaderObject("Location",
					new Header().description("Path of the created resource").schema(new StringSchema())));
		}
		else if (CREATED.containsKey(route)) {
			responses.remove("200");
			responses.addApiResponse("201", ok.description(CREATED.get(route)));
			if (route.endsWith("/events")) {
				responses.addApiResponse("200", new ApiResponse()
					.description("The same id and content sent again: the event stored the first time")
					.content(ok.getContent()));
			}
		}
	}

	/** {@code *}{@code /*} becomes what Karvon writes: text for a string, JSON for everything else. */
	private static void concrete(Content content) {
		if (content == null || !content.containsKey(ANY)) {
			return;
		}
		MediaType any = content.remove(ANY);
		content.addMediaType(isString(any.getSchema()) ? "text/plain" : JSON, any);
	}

	@SuppressWarnings("rawtypes")
	private static boolean isString(Schema schema) {
		return schema != null && ("string".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().equals(Set.of("string"))))
				&& schema.getFormat() == null;
	}

	private static void jsonFirst(Operation operation) {
		Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
		if (content == null || !content.containsKey(JSON) || content.keySet().iterator().next().equals(JSON)) {
			return;
		}
		Content reordered = new Content().addMediaType(JSON, content.get(JSON));
		content.forEach((type, media) -> reordered.putIfAbsent(type, media));
		operation.getRequestBody().setContent(reordered);
	}

}
