package org.karvon.hostile;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.NoBlocking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.WebClient;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * The application as the other integration tests see it (the same cached Spring test context), for
 * jqwik properties, which Spring's JUnit extension does not reach: a random port, callers of every
 * role, a live consignment, and a raw HTTP client that sends exactly the bytes and path it is given.
 */
@IntegrationTest
final class RunningKarvon {

	private static RunningKarvon instance;

	@Autowired
	WebTestClient client;

	/** Our own, with a patient timeout: ten thousand requests on a busy machine are not a unit test. */
	Api api;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	Map<String, String> tokens;

	String number;

	private WebClient raw;

	final AtomicLong sent = new AtomicLong();

	static synchronized RunningKarvon get() {
		if (instance == null) {
			NoBlocking.install();
			RunningKarvon karvon = new RunningKarvon();
			try {
				new TestContextManager(RunningKarvon.class).prepareTestInstance(karvon);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Karvon did not start", ex);
			}
			karvon.prepare();
			instance = karvon;
		}
		return instance;
	}

	private void prepare() {
		api = new Api(client.mutate().responseTimeout(Duration.ofSeconds(30)).build());
		String carrier = api.carrierOf(api.newOrganization());
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		tokens = Map.of("ADMIN", api.adminToken(), "CARRIER", carrier, "OFFICER", api.officerAt("UZYAL"), "NONE", "",
				"GARBAGE", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBRE1JTiJ9.");
		// a fresh connection per request: a request that leaves a connection half-read must not take the next one with it
		HttpClient http = HttpClient.newConnection()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
			.responseTimeout(Duration.ofSeconds(60));
		raw = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	/** Sends the requests with at most {@code concurrency} in flight; a request that hangs fails. */
	List<Answer> sendAll(List<Attack> attacks, int concurrency) {
		return Flux.fromIterable(attacks).flatMapSequential(this::send, concurrency).collectList().block();
	}

	Mono<Answer> send(Attack attack) {
		URI uri = URI.create("http://localhost:" + port + attack.path());
		WebClient.RequestBodySpec request = raw.method(HttpMethod.valueOf(attack.method())).uri(uri).headers((headers) -> {
			String token = tokens.get(attack.role());
			if (token != null && !token.isEmpty()) {
				headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			}
			if (attack.contentType() != null) {
				headers.set(HttpHeaders.CONTENT_TYPE, attack.contentType());
			}
		});
		WebClient.RequestHeadersSpec<?> withBody = attack.body() == null ? request
				: request.body(exactly(attack.body()));
		sent.incrementAndGet();
		// an accepted event stream answers only with its first event; a refused one answers at once
		boolean stream = decoded(attack.path()).contains("/stream");
		return withBody.exchangeToMono((response) -> {
			MediaType type = response.headers().contentType().orElse(null);
			if (MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type)) {
				return response.releaseBody().thenReturn(new Answer(attack, response.statusCode().value(), type, ""));
			}
			return response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((body) -> new Answer(attack, response.statusCode().value(), type, body));
		})
			.timeout(stream ? Duration.ofSeconds(2) : Duration.ofSeconds(30))
			.onErrorResume((ex) -> ex instanceof TimeoutException || ex.getCause() instanceof ReadTimeoutException,
					(ex) -> stream ? Mono.just(new Answer(attack, 200, MediaType.TEXT_EVENT_STREAM, "")) // open, silent
							: Mono.just(new Answer(attack, -1, null, "no answer in 30 s")).doOnNext((answer) -> dumpThreads(attack)));
	}

	/** A hang is a server-side mystery: show what every thread was doing and what was sent. */
	private static void dumpThreads(Attack attack) {
		System.out.println("HANG on " + attack + " body: "
				+ (attack.body() == null ? "" : new String(attack.body(), java.nio.charset.StandardCharsets.UTF_8)));
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			System.out.println("THREAD " + thread.getName() + " " + thread.getState());
			for (StackTraceElement frame : stack) {
				System.out.println("\tat " + frame);
			}
		});
	}

	/** The bytes as they are, whatever the Content-Type header claims (the codecs would parse it). */
	private static BodyInserter<byte[], ReactiveHttpOutputMessage> exactly(byte[] body) {
		return (message, context) -> message.writeWith(Mono.fromSupplier(() -> message.bufferFactory().wrap(body)));
	}

	/** One hostile request: what a careless or malicious client might send. */
	record Attack(String method, String path, String role, String contentType, byte[] body) {

		@Override
		public String toString() {
			return method + " " + path + " as " + role + " (" + contentType + ", "
					+ (body == null ? "no body" : body.length + " bytes") + ")";
		}

	}

	/** What came back. */
	record Answer(Attack attack, int status, MediaType type, String body) {
	}

	/** The path as the server routes it: {@code stre%61m} is the stream too. */
	private static String decoded(String path) {
		try {
			return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return path;
		}
	}

}
