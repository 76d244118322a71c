package org.karvon.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.karvon.support.EventRequestBuilder.anInspection;

/**
 * Many officers' devices appending INSPECTION events at once, each with a fresh id, keeping every
 * request and its answer (-1 when none came) so a test can tell acknowledged events from the rest.
 */
final class EventLoad {

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	private final WebClient client;

	private final TransitFleet fleet;

	private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();

	private final AtomicInteger acknowledged = new AtomicInteger();

	private final AtomicBoolean stopped = new AtomicBoolean();

	/** One event as it was sent, the status it got, and when none came, why (the client's exception). */
	record Sent(String number, String officer, Map<String, Object> body, int status, String failure) {

		String id() {
			return (String) body.get("id");
		}

		boolean acknowledged() {
			return status >= 200 && status < 300;
		}

	}

	EventLoad(String baseUrl, TransitFleet fleet, int connections) {
		this.client = client(baseUrl, connections);
		this.fleet = fleet;
	}

	/** Sends {@code events} events, {@code concurrency} at a time, the n-th to consignment {@code target(n)}. */
	CompletableFuture<Void> start(int events, int concurrency, IntFunction<String> target) {
		return Flux.range(0, events)
			.takeWhile((n) -> !stopped.get())
			.flatMap((n) -> send(target.apply(n), fleet.officer(n), anInspection("NO_FINDINGS").build()), concurrency)
			.doOnNext((outcome) -> {
				sent.add(outcome);
				if (outcome.acknowledged()) {
					acknowledged.incrementAndGet();
				}
			})
			.then()
			.toFuture();
	}

	/** Sends nothing new; requests in flight finish (or fail) on their own. */
	void stop() {
		stopped.set(true);
	}

	int acknowledged() {
		return acknowledged.get();
	}

	/** Waits (bounded) until at least {@code count} events were acknowledged in total. */
	void awaitAcknowledged(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (acknowledged.get() < count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("only " + acknowledged.get() + " of " + count + " events acknowledged in " + timeout);
			}
			KarvonProcess.sleep(Duration.ofMillis(20));
		}
	}

	List<Sent> sent() {
		return List.copyOf(sent);
	}

	/** Why requests got no answer (timeout, connection reset, ...), each reason with how often. */
	Map<String, Long> failures() {
		return sent.stream()
			.filter((event) -> event.failure() != null)
			.collect(Collectors.groupingBy(Sent::failure, Collectors.counting()));
	}

	/** Sends the same event again: same id, same content, same officer. */
	Sent resend(Sent event) {
		return send(event.number(), event.officer(), event.body()).block(REQUEST_TIMEOUT.plusSeconds(5));
	}

	private Mono<Sent> send(String number, String officer, Map<String, Object> body) {
		Instant sentAt = Instant.now();
		return client.post()
			.uri("/api/consignments/{n}/events", number)
			.headers((headers) -> headers.setBearerAuth(officer))
			.bodyValue(body)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.timeout(REQUEST_TIMEOUT)
			.map((status) -> new Sent(number, officer, body, status, null))
			.onErrorResume((ex) -> Mono.just(new Sent(number, officer, body, -1, ex + " (sent at " + sentAt + ")")));
	}

	private static WebClient client(String baseUrl, int connections) {
		ConnectionProvider pool = ConnectionProvider.builder("event-load")
			.maxConnections(connections)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(REQUEST_TIMEOUT)
			.build();
		HttpClient http = HttpClient.create(pool).responseTimeout(REQUEST_TIMEOUT);
		return WebClient.builder().baseUrl(baseUrl).clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
