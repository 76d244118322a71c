package org.karvon.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.karvon.database.KarvonDatabase;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.SecondInstance;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another application context closing in the same JVM (a second instance, a context evicted from the
 * test cache) disposes Reactor Netty's global resources. Neither this context's server nor the test's
 * client may depend on them (see {@code support.ContextOwnedNetty}).
 */
@IntegrationTest
class SharedNettyResourcesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	@LocalServerPort
	int port;

	@Test
	void theTestClientKeepsAnsweringAfterAnotherContextCloses() {
		WebTestClient client = api.client().mutate().responseTimeout(Duration.ofSeconds(5)).build();
		client.get().uri("/api/posts").exchange().expectStatus().isOk();

		SecondInstance.start(database).close();

		for (int i = 0; i < 20; i++) {
			client.get().uri("/api/posts").exchange().expectStatus().isOk();
		}
	}

	@Test
	void theServerKeepsAnsweringAfterAnotherContextCloses() {
		assertThat(statusOnAFreshConnection()).isEqualTo(200);

		SecondInstance.start(database).close();

		for (int i = 0; i < 20; i++) {
			assertThat(statusOnAFreshConnection()).as("request %d after the other instance closed", i).isEqualTo(200);
		}
	}

	/** A new connection each time, from a pool of the test's own, so only the server side is tested. */
	private int statusOnAFreshConnection() {
		return HttpClient.create(ConnectionProvider.newConnection())
			.get()
			.uri("http://127.0.0.1:" + port + "/actuator/health/liveness")
			.response()
			.map((response) -> response.status().code())
			.block(Duration.ofSeconds(10));
	}

}
