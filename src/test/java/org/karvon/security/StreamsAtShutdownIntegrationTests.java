package org.karvon.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.karvon.database.KarvonDatabase;
import org.karvon.identity.People;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import org.karvon.support.SecondInstance;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that shuts down ends its open event streams cleanly first, so its graceful shutdown does
 * not wait out the whole shutdown timeout (here a minute) for streams whose heartbeat keeps them open;
 * started again after a stop, it keeps new streams open as before.
 */
@IntegrationTest
class StreamsAtShutdownIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	@Test
	void anOpenStreamEndsCleanlyWhenItsInstanceShutsDown() throws Exception {
		String officer = new People(api).officerAt("KZZHZ").tokenFrom(api);
		SecondInstance instance = SecondInstance.start(database, "--spring.lifecycle.timeout-per-shutdown-phase=60s");
		CompletableFuture<Void> ended = new CompletableFuture<>();
		instance.client().get().uri("/api/posts/KZZHZ/expected/stream").accept(MediaType.TEXT_EVENT_STREAM)
			.headers((h) -> h.setBearerAuth(officer))
			.retrieve()
			.bodyToFlux(String.class)
			.subscribe(null, ended::completeExceptionally, () -> ended.complete(null));
		Eventually.holds(() -> instance.context().getBean(LiveStreams.class).open() == 1);

		CompletableFuture<Void> closed = CompletableFuture.runAsync(instance::close);

		ended.get(20, TimeUnit.SECONDS);
		closed.get(20, TimeUnit.SECONDS);
		assertThat(ended).isCompleted().isNotCompletedExceptionally();
	}

	/** Spring's test framework stops idle cached contexts and starts them again when a test needs them. */
	@Test
	void aStreamOpenedAfterTheInstanceIsStoppedAndStartedAgainStaysOpen() {
		String officer = new People(api).officerAt("KZZHZ").tokenFrom(api);
		try (SecondInstance instance = SecondInstance.start(database)) {
			instance.context().stop();
			instance.context().start();
			int port = ((WebServerApplicationContext) instance.context()).getWebServer().getPort();
			CompletableFuture<Void> ended = new CompletableFuture<>();
			Disposable stream = WebClient.create("http://localhost:" + port).get().uri("/api/posts/KZZHZ/expected/stream")
				.accept(MediaType.TEXT_EVENT_STREAM)
				.headers((h) -> h.setBearerAuth(officer))
				.retrieve()
				.bodyToFlux(String.class)
				.subscribe(null, ended::completeExceptionally, () -> ended.complete(null));
			LiveStreams streams = instance.context().getBean(LiveStreams.class);
			Eventually.holds(() -> streams.open() == 1 || ended.isDone());
			assertThat(ended).as("the stream must not end by itself").isNotDone();
			assertThat(streams.open()).isEqualTo(1);
			stream.dispose();
		}
	}

}
