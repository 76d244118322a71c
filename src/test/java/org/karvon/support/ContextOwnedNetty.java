package org.karvon.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * The test's WebTestClient runs on its application context's own Reactor Netty resources (the server
 * already does). By default the client runs on the JVM-wide global ones, and every closing context (a
 * {@link SecondInstance}, a context evicted from the test cache) disposes and replaces those: thread
 * dumps of a full run showed the global loops replaced seven times while cached contexts' clients were
 * still bound to them. In full runs (never in a class alone) a request of a cached context sometimes
 * got no answer for 60 s with nothing in the server's log (TransparencyLogIntegrationTests,
 * AccessMatrixIntegrationTests); a client whose loops and pool are disposed under it is the suspect.
 * {@link HangDiagnostics} prints a thread dump if it happens again.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContextOwnedNetty {

	@Bean
	WebTestClientBuilderCustomizer onThisContextsOwnLoops(ReactorResourceFactory resources) {
		return (builder) -> builder.clientConnector(new ReactorClientHttpConnector(resources, (client) -> client));
	}

}
