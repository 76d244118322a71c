package org.karvon.security;

import java.time.Clock;
import java.time.Duration;

import javax.crypto.spec.SecretKeySpec;

import org.karvon.database.ServiceSecrets;
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

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock);
	}

	@Bean
	AccessTokens accessTokens(ServiceSecrets secrets, Clock clock,
			@Value("${karvon.security.token-lifetime:PT15M}") Duration lifetime) {
		byte[] key = secrets.getOrCreate("access-token-hmac", 32);
		return new AccessTokens(new SecretKeySpec(key, "HmacSHA256"), lifetime, clock);
	}

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, AccessTokens tokens, ProblemWriter problems) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; "
					+ "script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
					+ "media-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")))
			.authorizeExchange((exchange) -> exchange
				.pathMatchers("/api/auth/token").permitAll()
				.pathMatchers(HttpMethod.GET, "/api/countries", "/api/posts", "/api/posts/{code}", "/api/trust/keys",
						"/api/verify")
				.permitAll()
				.pathMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
				.pathMatchers("/api/**").authenticated()
				.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.anyExchange().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtDecoder(tokens.decoder()).jwtAuthenticationConverter(AccessTokens::toAuthentication))
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
		return (exchange, ex) -> problems.write(exchange,
				Problem.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this."));
	}

}
