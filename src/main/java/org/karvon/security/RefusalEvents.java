package org.karvon.security;

import org.karvon.audit.SecurityEvents;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Records every 401 and 403 answer, wherever it was decided (the filter chain or a service), as the
 * response is committed. Failed logins are recorded by the token endpoint itself, with the username.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalEvents implements WebFilter {

	/**
	 * The caller's name, put on the exchange by whoever knows it ({@link CallerName} after authentication,
	 * the access-denied handler inside the chain): this filter runs before Spring Security, where the
	 * principal is not yet visible.
	 */
	static final String CALLER = RefusalEvents.class.getName() + ".caller";

	private final SecurityEvents events;

	RefusalEvents(SecurityEvents events) {
		this.events = events;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			boolean refused = status != null && (status.value() == 401 || status.value() == 403);
			if (!refused || exchange.getRequest().getPath().value().equals("/api/auth/token")) {
				return Mono.empty();
			}
			var remote = exchange.getRequest().getRemoteAddress();
			String address = remote == null || remote.getAddress() == null ? "" : remote.getAddress().getHostAddress();
			String what = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
			String user = exchange.getAttributeOrDefault(CALLER, "");
			events.record(status.value() == 401 ? "UNAUTHORIZED" : "FORBIDDEN", user, address, what);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
