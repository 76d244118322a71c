package org.karvon.security;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.karvon.audit.SecurityEvents;
import org.karvon.identity.AccountStanding;
import org.karvon.identity.persistence.UserAccounts;
import reactor.core.publisher.Mono;
import org.karvon.web.ProblemWriter;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a {@code @WebFluxTest} slice imports to stand behind the app's real filter chain
 * ({@link SecurityConfiguration}) and real problem mapping: the slice already picks up
 * {@code ProblemDetailsHandler} as a {@code WebExceptionHandler}; this adds the {@link ProblemWriter}
 * it writes with. The token key comes from no database, and the clock is the system's, so
 * {@code occurredAt} checks behave as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, ProblemWriter.class })
public class SecuredSlice {

	/**
	 * A client over the slice that applies {@link Callers#as} and {@code mockJwt()} (they need the
	 * security mutator). The first request initialises codecs and the validator, which takes more than
	 * the default 5 s on a busy two-core machine.
	 */
	public static WebTestClient client(ApplicationContext context) {
		return WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TokenKeys tokenKeys() {
		return Callers.KEYS;
	}

	/** The password checks count into a registry; a slice has no Actuator. */
	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	/** Every caller of a slice is an enabled user whose tokens are of version 0 (what {@code Callers} issues). */
	@Bean
	UserAccounts userAccounts() {
		UserAccounts users = Mockito.mock(UserAccounts.class);
		Mockito.when(users.standing(Mockito.any())).thenReturn(Mono.just(new AccountStanding(true, 0)));
		return users;
	}

	/** The event log writes to the database, which a slice has not; what it records is tested elsewhere. */
	@Bean
	SecurityEvents securityEvents() {
		return Mockito.mock(SecurityEvents.class);
	}

}
