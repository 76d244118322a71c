package org.karvon.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.KarvonApplication;
import org.karvon.database.KarvonDatabase;
import org.karvon.identity.People;
import org.karvon.identity.People.Person;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: a user disabled on A is locked out of B within 5 s, tokens and open
 * streams alike; a stream ends when its token expires; streams are bounded per user and in all.
 * B issues 6-second tokens and allows 2 streams per user, 3 in all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRevocationAcrossInstancesIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	ConfigurableApplicationContext instanceB;

	WebClient b;

	final List<Disposable> streams = new ArrayList<>();

	@BeforeAll
	void startInstanceB() {
		var endpoint = database.endpoint();
		instanceB = new SpringApplicationBuilder(KarvonApplication.class).run("--server.port=0",
				"--karvon.db.url=postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database(),
				"--karvon.db.user=" + endpoint.user(), "--karvon.db.throwaway=false", "--karvon.db.pool-size=4",
				"--karvon.security.token-lifetime=PT6S", "--karvon.streams.max-per-user=2", "--karvon.streams.max-total=3");
		b = WebClient.create("http://localhost:" + ((WebServerApplicationContext) instanceB).getWebServer().getPort());
	}

	@AfterEach
	void closeStreams() {
		streams.forEach(Disposable::dispose);
		streams.clear();
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 0);
	}

	@AfterAll
	void stopInstanceB() {
		instanceB.close();
	}

	@Test
	void aUserDisabledOnOneInstanceIsRefusedOnTheOtherWithinFiveSeconds() {
		Person officer = new People(api).officerAt("UZYAL");
		String token = officer.tokenFrom(api);
		assertThat(statusOnB(token)).isEqualTo(200);

		long disabledAt = System.nanoTime();
		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, officer.id()).expectStatus().isOk();
		Eventually.holds(() -> statusOnB(token) == 401);
		assertThat(Duration.ofNanos(System.nanoTime() - disabledAt)).isLessThan(WITHIN);
	}

	@Test
	void aPasswordResetOnOneInstanceRetiresTokensOnTheOtherWithinFiveSeconds() {
		Person officer = new People(api).officerAt("UZDST");
		String token = officer.tokenFrom(api);
		assertThat(statusOnB(token)).isEqualTo(200);

		long resetAt = System.nanoTime();
		api.post(api.adminToken(), "/api/admin/users/{id}/password", Map.of("password", "another long passphrase"),
				officer.id()).expectStatus().isNoContent();
		Eventually.holds(() -> statusOnB(token) == 401);
		assertThat(Duration.ofNanos(System.nanoTime() - resetAt)).isLessThan(WITHIN);
	}

	@Test
	void theOpenStreamOfADisabledUserEndsOnTheOtherInstanceWithinFiveSeconds() throws Exception {
		Person officer = new People(api).officerAt("KZZHZ");
		CompletableFuture<Void> ended = openOnB(officer.tokenFrom(api));
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 1);

		api.post(api.adminToken(), "/api/admin/users/{id}/disable", null, officer.id()).expectStatus().isOk();
		ended.get(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Test
	void aStreamEndsWhenTheTokenThatOpenedItExpires() throws Exception {
		Person officer = new People(api).officerAt("KZKOR");
		String shortLived = tokenFromB(officer);
		long openedAt = System.nanoTime();
		CompletableFuture<Void> ended = openOnB(shortLived);
		ended.get(6 + WITHIN.toSeconds(), TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - openedAt)).isGreaterThan(Duration.ofSeconds(4));
	}

	@Test
	void boundsStreamsPerUserAndInAllWith429() {
		People people = new People(api);
		String first = people.officerAt("KZZHZ").tokenFrom(api);
		openOnB(first);
		openOnB(first);
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 2);
		assertThat(refusalOnB(first)).containsEntry("status", 429).containsEntry("code", "TOO_MANY_STREAMS");

		String second = people.officerAt("KZKHO").tokenFrom(api);
		openOnB(second);
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 3);
		assertThat(refusalOnB(people.officerAt("KZALA").tokenFrom(api))).containsEntry("status", 429);

		streams.remove(0).dispose();
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 2);
		openOnB(first);
		Eventually.holds(() -> instanceB.getBean(LiveStreams.class).open() == 3);
	}

	private String tokenFromB(Person person) {
		Map<?, ?> body = b.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", person.username(), "password", person.password()))
			.retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
		return (String) body.get("accessToken");
	}

	private int statusOnB(String token) {
		return b.get().uri("/api/me").headers((h) -> h.setBearerAuth(token))
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.block(Duration.ofSeconds(30));
	}

	/** Opens the expected-arrivals stream of a Kazakh post on B; completes when B ends it. */
	private CompletableFuture<Void> openOnB(String token) {
		CompletableFuture<Void> ended = new CompletableFuture<>();
		streams.add(b.get().uri("/api/posts/KZZHZ/expected/stream").accept(MediaType.TEXT_EVENT_STREAM)
			.headers((h) -> h.setBearerAuth(token))
			.retrieve()
			.bodyToFlux(String.class)
			.subscribe(null, ended::completeExceptionally, () -> ended.complete(null)));
		return ended;
	}

	private Map<String, Object> refusalOnB(String token) {
		return b.get().uri("/api/posts/KZZHZ/expected/stream").accept(MediaType.TEXT_EVENT_STREAM)
			.headers((h) -> h.setBearerAuth(token))
			.exchangeToMono((response) -> response.bodyToMono(Map.class).map(Api::asMap)
				.defaultIfEmpty(Map.of("status", response.statusCode().value())))
			.onErrorResume((ex) -> Mono.just(Map.of("error", ex.toString())))
			.block(Duration.ofSeconds(30));
	}

}
