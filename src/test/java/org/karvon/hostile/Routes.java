package org.karvon.hostile;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** Every endpoint the application serves, read from its route table, so a new one is covered at once. */
public final class Routes {

	/** Served outside the annotated controllers (actuator, OpenAPI), listed by hand. */
	public static final List<Endpoint> OPERATIONS = List.of(new Endpoint("GET", "/actuator/health"),
			new Endpoint("GET", "/actuator/health/readiness"), new Endpoint("GET", "/actuator/info"),
			new Endpoint("GET", "/actuator/prometheus"), new Endpoint("GET", "/v3/api-docs"),
			new Endpoint("GET", "/swagger-ui.html"));

	private Routes() {
	}

	/** "METHOD pattern" of every handler method, sorted; a mapping without methods counts as GET. */
	public static List<Endpoint> of(ApplicationContext context) {
		Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::key));
		context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach((mapping) ->
			mapping.getHandlerMethods().keySet().forEach((info) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
					if (methods.isEmpty()) {
						endpoints.add(new Endpoint("GET", pattern.getPatternString()));
					}
					methods.forEach((method) -> endpoints.add(new Endpoint(method.name(), pattern.getPatternString())));
				}
			}));
		return List.copyOf(endpoints);
	}

	static final String NOBODYS_ID = "00000000-0000-4000-8000-00000000dead";

	/** One method on one path pattern, like {@code GET /api/consignments/{number}}. */
	public record Endpoint(String method, String pattern) {

		public String key() {
			return method + " " + pattern;
		}

		public boolean takesBody() {
			return method.equals("POST") || method.equals("PUT");
		}

		/** The path with every {variable} replaced. */
		public String path(String number, String postCode) {
			// Every {id} in the API is a UUID; one nobody holds lets the request reach its body.
			return pattern.replace("{number}", number).replace("{code}", postCode).replace("{id}", NOBODYS_ID)
				.replace("{version}", "1")
				.replaceAll("\\{[^}]+}", "x");
		}

	}

}
