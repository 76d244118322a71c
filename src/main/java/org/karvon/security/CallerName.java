package org.karvon.security;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Puts the authenticated caller's name on the exchange right after Spring Security's chain (order -100),
 * so that {@link RefusalEvents}, which runs before it, can name who was refused by a service (403, 404).
 */
@Component
@Order(-99)
class CallerName implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return remember(exchange).then(chain.filter(exchange));
	}

	static Mono<Void> remember(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.map(Principal::getName)
			.doOnNext((name) -> exchange.getAttributes().put(RefusalEvents.CALLER, name))
			.then();
	}

}
