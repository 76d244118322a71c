package org.karvon.web;

import java.util.List;
import org.karvon.kernel.FieldError;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The query-string half of {@link StorableText}: a parameter such as {@code q=%00} would reach a
 * SQL statement and answer 500. Refused before any handler runs, naming the parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StorableParameters implements WebFilter {

	private final ProblemWriter problems;

	StorableParameters(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
			boolean storable = StorableText.isStorable(parameter.getKey())
					&& parameter.getValue().stream().allMatch((value) -> value == null || StorableText.isStorable(value));
			if (!storable) {
				String name = StorableText.isStorable(parameter.getKey()) ? JsonTrouble.bounded(parameter.getKey()) : "(name)";
				return problems.write(exchange, new Problem(400, "Invalid request",
						"The parameter " + name + " " + StorableText.REASON + ".", "VALIDATION_FAILED",
						List.of(new FieldError(name, StorableText.REASON))));
			}
		}
		return chain.filter(exchange);
	}

}
