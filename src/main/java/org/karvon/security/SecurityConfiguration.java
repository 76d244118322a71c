package org.karvon.security;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.karvon.identity.persistence.UserAccounts;
import org.karvon.kernel.Role;
import org.karvon.web.Problem;
import org.karvon.web.ProblemWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Who may call what. Roles are checked here by path; which records a caller may touch (own
 * organization, own post, itinerary countries) is checked by each feature's service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	/** bcrypt, at most {@code max-concurrent-checks} checks at a time (default: one per core, at least 2). */
	@Bean
	PasswordEncoder passwordEncoder(MeterRegistry meters,
			@Value("${karvon.security.login.max-concurrent-checks:0}") int maxConcurrent) {
		int permits = maxConcurrent > 0 ? maxConcurrent : Math.max(2, Runtime.getRuntime().availableProcessors());
		return new PasswordChecks(new BCryptPasswordEncoder(10), permits, meters);
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock,
			@Value("${karvon.security.login.address-attempts-per-hour:200}") int addressAttempts) {
		return new LoginThrottle(clock, addressAttempts, 200_000);
	}

	@Bean
	AccessTokens accessTokens(TokenKeys keys, Clock clock,
			@Value("${karvon.security.token-lifetime:PT15M}") Duration lifetime) {
		return new AccessTokens(keys, lifetime, clock);
	}

	/** Retired tokens (user disabled or reset) are refused on every instance within {@code token-check-ttl}. */
	@Bean
	TokenStanding tokenStanding(UserAccounts users,
			@Value("${karvon.security.token-check-ttl:PT2S}") Duration ttl) {
		return new TokenStanding(users, ttl, 100_000);
	}

	/** Server-sent event streams: per user and per instance (beyond: 429), each ending with its token. */
	@Bean
	LiveStreams liveStreams(TokenStanding standing, Clock clock,
			@Value("${karvon.streams.max-per-user:4}") int perUser, @Value("${karvon.streams.max-total:2000}") int total) {
		return new LiveStreams(standing, clock, perUser, total);
	}

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, AccessTokens tokens, TokenStanding standing,
			ProblemWriter problems) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// 'wasm-unsafe-eval' lets the page compile WebAssembly (the vendored on-device QR decoder) and
			// nothing else: JavaScript eval stays forbidden.
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; "
					+ "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
					+ "media-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")))
			.authorizeExchange((exchange) -> exchange
				.pathMatchers("/api/auth/token").permitAll()
				.pathMatchers(HttpMethod.GET, "/api/countries", "/api/posts", "/api/posts/{code}", "/api/trust/keys", "/api/trust/evidence-keys",
						"/api/trust/revoked", "/api/verify", "/api/log/checkpoint", "/api/log/key", "/api/log/proof/inclusion",
						"/api/log/proof/consistency")
				.permitAll()
				.pathMatchers("/api/admin/users", "/api/admin/users/**")
				.hasAnyRole(Role.ADMIN.name(), Role.COUNTRY_ADMIN.name())
				.pathMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
				.pathMatchers("/api/**").authenticated()
				.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.anyExchange().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtDecoder(tokens.decoder()).jwtAuthenticationConverter(standing::toAuthentication))
				.authenticationEntryPoint(unauthorized(problems))
				.accessDeniedHandler(forbidden(problems)))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(unauthorized(problems))
				.accessDeniedHandler(forbidden(problems)))
			.build();
	}

	/**
	 * The firewall refuses paths with {@code //}, {@code ..}, encoded slashes, {@code ;} or control
	 * characters before any handler runs; the refusal is a problem like every other error.
	 */
	@Bean
	ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemWriter problems) {
		return (exchange, ex) -> problems.write(exchange, Problem.of(HttpStatus.BAD_REQUEST, "Bad request",
				"The request path is not allowed (double slashes, dot segments, encoded slashes and the like)."));
	}

	private static ServerAuthenticationEntryPoint unauthorized(ProblemWriter problems) {
		return (exchange, ex) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return problems.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"A valid Bearer access token is required; get one from POST /api/auth/token."));
		};
	}

	private static ServerAccessDeniedHandler forbidden(ProblemWriter problems) {
		return (exchange, ex) -> CallerName.remember(exchange)
			.then(problems.write(exchange, Problem.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.")));
	}

}
