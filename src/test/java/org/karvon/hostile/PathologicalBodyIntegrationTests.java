package org.karvon.hostile;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.Test;
import org.karvon.hostile.Routes.Endpoint;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * Bodies built to cost the server super-linear time: one huge string, deep nesting, many keys, very
 * long numbers. Each must be refused (4xx problem) quickly while another client finds the service
 * healthy within a second, every time it asks.
 */
@IntegrationTest
class PathologicalBodyIntegrationTests {

	static final String LONG_STRING = "\"" + "a".repeat(120_000) + "\"";

	@Autowired
	Api api;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	private final WebClient raw = WebClient.builder()
		.clientConnector(new ReactorClientHttpConnector(HttpClient.newConnection()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
			.responseTimeout(Duration.ofSeconds(60))))
		.build();

	@Test
	void sixParallelHugeStringLoginsAreEachRefusedWithin2SecondsWhileHealthAnswers() {
		List<Sent> sent = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			sent.add(new Sent("POST", "/api/auth/token", null, LONG_STRING));
		}
		List<Result> results = whileWatchingHealth(sent, 6);
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.status()).as(result.sent().toString()).isEqualTo(400);
			assertThat(result.problem()).isTrue();
			assertThat(result.took()).as(result.sent().toString()).isLessThan(Duration.ofSeconds(2));
		});
	}

	@Test
	void everyJsonEndpointRefusesPathologicalBodiesQuicklyWhileHealthAnswers() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		Map<String, String> tokens = Map.of("ADMIN", api.adminToken(), "CARRIER", carrier, "OFFICER",
				api.officerAt("UZYAL"));
		List<Sent> sent = new ArrayList<>();
		for (Endpoint endpoint : Routes.of(context)) {
			if (!endpoint.takesBody() || endpoint.pattern().endsWith("/signing-keys") || endpoint.pattern().endsWith("/revoke")
					|| endpoint.pattern().endsWith("/token-keys")) {
				continue;
			}
			for (String body : bodies()) {
				tokens.values().forEach((token) -> sent.add(new Sent(endpoint.method(), endpoint.path(number, "UZYAL"), token, body)));
			}
		}
		List<Result> results = whileWatchingHealth(sent, 6);
		// a scan of a too-long text is a 200 MALFORMED verdict, a cancel reads no body: answers, not failures
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.status()).as(result.sent().toString()).isBetween(200, 499);
			assertThat(result.problem() || result.status() < 400).as(result.sent().toString()).isTrue();
			assertThat(result.took()).as(result.sent().toString()).isLessThan(Duration.ofSeconds(2));
		});
	}

	/** Within the 256 KiB body limit (the parser must refuse them), and one over it (413). */
	static List<String> bodies() {
		StringBuilder keys = new StringBuilder("{");
		for (int i = 0; i < 20_000; i++) {
			keys.append("\"k").append(i).append("\":0,");
		}
		keys.append("\"end\":0}");
		return List.of(LONG_STRING, "{\"qr\":" + LONG_STRING + ",\"username\":" + LONG_STRING + "}",
				"[".repeat(100_000), "{\"a\":".repeat(40_000), keys.toString(), "{\"packages\":" + "9".repeat(200_000) + "}",
				"{\"x\":0." + "1".repeat(200_000) + "}", "{\"n\":" + "7".repeat(1_000_000) + "}");
	}

	private List<Result> whileWatchingHealth(List<Sent> sent, int concurrency) {
		raw.get().uri(uri("/actuator/health")).exchangeToMono((r) -> r.releaseBody()).block(); // warm: connect, JIT
		AtomicBoolean done = new AtomicBoolean();
		List<Duration> health = new CopyOnWriteArrayList<>();
		Mono<Void> watcher = Mono.fromRunnable(() -> {
			while (!done.get()) {
				long start = System.nanoTime();
				Integer status = raw.get().uri(uri("/actuator/health")).exchangeToMono((r) -> r.releaseBody().thenReturn(r.statusCode().value()))
					.timeout(Duration.ofSeconds(5)).onErrorReturn(-1).block();
				health.add(status == 200 ? Duration.ofNanos(System.nanoTime() - start) : Duration.ofDays(1));
				sleep(100);
			}
		}).subscribeOn(Schedulers.boundedElastic()).then();
		var watching = watcher.toFuture();
		List<Result> results = Flux.fromIterable(sent).flatMap(this::send, concurrency).collectList().block();
		done.set(true);
		watching.join();
		assertThat(health).isNotEmpty().allSatisfy((took) -> assertThat(took).isLessThan(Duration.ofSeconds(1)));
		return results;
	}

	private Mono<Result> send(Sent request) {
		long start = System.nanoTime();
		return raw.method(HttpMethod.valueOf(request.method())).uri(uri(request.path())).headers((headers) -> {
			if (request.token() != null) {
				headers.setBearerAuth(request.token());
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(request.body()).exchangeToMono((response) -> {
			boolean problem = response.headers().contentType().map(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith).orElse(false);
			return response.releaseBody()
				.thenReturn(new Result(request, response.statusCode().value(), problem, Duration.ofNanos(System.nanoTime() - start)));
		}).onErrorResume((ex) -> Mono.just(new Result(request, -1, false, Duration.ofNanos(System.nanoTime() - start))));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Sent(String method, String path, String token, String body) {

		@Override
		public String toString() {
			return method + " " + path + " with " + body.length() + " characters starting " + body.substring(0, 12);
		}

	}

	record Result(Sent sent, int status, boolean problem, Duration took) {
	}

}
