package org.karvon.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Swagger UI sets inline styles, so its pages get their own, slightly looser policy; everything else
 * (the web app and the API) keeps the strict one from the main security chain.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain swaggerUiFilterChain(ServerHttpSecurity http) {
		return http
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/swagger-ui/**", "/swagger-ui.html", "/webjars/**",
					"/v3/api-docs/**", "/v3/api-docs"))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchange) -> exchange.anyExchange().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(POLICY)))
			.build();
	}

}
