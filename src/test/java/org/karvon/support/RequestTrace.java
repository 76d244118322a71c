package org.karvon.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Evidence for a request that gets no answer: every test request carries an id; the server side
 * notes when it arrives and when its answer ends; a request still unanswered after {@link #PATIENCE}
 * prints, while it is still pending, whether the server ever saw it, what the server is working on,
 * and every thread's stack. Its one-line verdict is kept for the test's failure message
 * ({@link #verdictFor}). The timer runs on a thread of its own, so a stalled scheduler cannot stop it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestTrace {

	static final String HEADER = "X-Test-Request";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final AtomicLong ids = new AtomicLong();

	/** Requests the server has seen and not finished answering, by id. */
	private static final Map<String, Pending> atServer = new ConcurrentHashMap<>();

	record Pending(ServerWebExchange exchange, Instant since) {

		@Override
		public String toString() {
			return exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " since " + since
					+ (exchange.getResponse().isCommitted() ? ", answer started (" + exchange.getResponse().getStatusCode() + ")"
							: ", answer not started");
		}

	}

	/** Requests the server has seen at all (bounded: cleared when large; a verdict needs only recent ones). */
	private static final Map<String, Boolean> seen = new ConcurrentHashMap<>();

	private static final Map<String, String> verdicts = new ConcurrentHashMap<>();

	private static final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, (task) -> {
		Thread thread = new Thread(task, "request-trace");
		thread.setDaemon(true);
		return thread;
	});

	static {
		// one alarm per request, nearly all cancelled: drop them at once rather than after 20 s
		timer.setRemoveOnCancelPolicy(true);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebFilter notesWhatTheServerIsAnswering() {
		return (exchange, chain) -> {
			String id = exchange.getRequest().getHeaders().getFirst(HEADER);
			if (id == null) {
				return chain.filter(exchange);
			}
			if (seen.size() > 100_000) {
				seen.clear();
			}
			seen.put(id, true);
			atServer.put(id, new Pending(exchange, Instant.now()));
			return chain.filter(exchange).doFinally((signal) -> atServer.remove(id));
		};
	}

	@Bean
	WebTestClientBuilderCustomizer tracesEveryTestRequest() {
		return (builder) -> builder.filter(tracing());
	}

	static ExchangeFilterFunction tracing() {
		return (request, next) -> Mono.defer(() -> {
			String id = Long.toString(ids.incrementAndGet());
			String what = request.method() + " " + request.url().getPath();
			ScheduledFuture<?> alarm = timer.schedule(() -> report(id, what), PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
			return next.exchange(org.springframework.web.reactive.function.client.ClientRequest.from(request)
				.header(HEADER, id).build()).doFinally((signal) -> alarm.cancel(false));
		});
	}

	/** The last verdict on a request to {@code path} that got no answer in time, or "" when none. */
	public static String verdictFor(String path) {
		return verdicts.entrySet().stream().filter((entry) -> entry.getKey().endsWith(" " + path))
			.map(Map.Entry::getValue).findFirst().orElse("");
	}

	private static void report(String id, String what) {
		Pending pending = atServer.get(id);
		String verdict = seen.containsKey(id)
				? (pending != null ? "the server is still answering it: " + pending : "the server finished it, the client has no answer")
				: "the server never saw it";
		verdicts.put(what, verdict);
		StringBuilder text = new StringBuilder("=== request ").append(id).append(' ').append(what).append(" unanswered after ")
			.append(PATIENCE.toSeconds()).append(" s: ").append(verdict).append("; the server is answering ").append(atServer)
			.append('\n');
		HangDiagnostics.appendThreads(text);
		System.out.println(text);
	}

}
