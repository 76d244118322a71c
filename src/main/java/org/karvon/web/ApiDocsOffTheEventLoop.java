package org.karvon.web;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * springdoc answers {@code /v3/api-docs} synchronously: it takes a lock that its start-up build (or a
 * concurrent request) holds while it reflects over every controller, then serializes the whole
 * description. On an event loop that parks the loop and every connection on it; here it runs on the
 * bounded elastic pool instead. The description is not translated, so the caller's
 * {@code Accept-Language} is dropped: springdoc would build, and keep, one description per language tag
 * a caller makes up ({@code springdoc.allowed-locales} would cap that, but fails on a request without the header).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiDocsOffTheEventLoop implements WebFilter {

	static final String PATH = "/v3/api-docs";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals(PATH) || path.startsWith(PATH + "/") || path.startsWith(PATH + ".")) {
			ServerWebExchange untranslated = exchange.mutate()
				.request((request) -> request.headers((headers) -> headers.remove(HttpHeaders.ACCEPT_LANGUAGE)))
				.build();
			return chain.filter(untranslated).subscribeOn(Schedulers.boundedElastic());
		}
		return chain.filter(exchange);
	}

}
