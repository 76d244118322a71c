package org.karvon.journal.persistence;

import java.time.Duration;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import org.karvon.database.DatabaseEndpoint;
import org.karvon.database.KarvonDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears expected-arrival changes from every Karvon instance through PostgreSQL LISTEN on one
 * dedicated connection, and fans them out to this instance's live streams. Reconnects by itself
 * when the database goes away and comes back.
 */
@Component
public class ExpectedArrivalsListener implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExpectedArrivalsListener.class);

	private final PostgresqlConnectionFactory factory;

	private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();

	private volatile boolean listening;

	private volatile Disposable subscription;

	ExpectedArrivalsListener(KarvonDatabase database) {
		DatabaseEndpoint endpoint = database.runtimeEndpoint();
		this.factory = new PostgresqlConnectionFactory(endpoint.r2dbc("karvon-listener").build());
	}

	/** Changes as they commit, on any instance. */
	public Flux<Change> changes() {
		return changes.asFlux();
	}

	/** Whether LISTEN is in place and how many streams hear it: what a test waits for instead of sleeping. */
	public boolean hears(int streams) {
		return this.listening && this.changes.currentSubscriberCount() >= streams;
	}

	@Override
	public void start() {
		subscription = Flux.usingWhen(factory.create(), this::listen, PostgresqlConnection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(5))
				.doBeforeRetry((signal) -> log.warn("LISTEN connection lost ({}); reconnecting", signal.failure().toString())))
			.subscribe((change) -> changes.tryEmitNext(change));
	}

	private Flux<Change> listen(PostgresqlConnection connection) {
		return connection.createStatement("LISTEN " + ExpectedArrivals.CHANNEL)
			.execute()
			.flatMap((result) -> result.getRowsUpdated())
			.doOnComplete(() -> this.listening = true)
			.thenMany(connection.getNotifications())
			.concatWith(Mono.error(() -> new IllegalStateException("notification stream ended")))
			.mapNotNull(ExpectedArrivalsListener::parse);
	}

	static Change parse(Notification notification) {
		String[] parts = notification.getParameter() == null ? new String[0] : notification.getParameter().split(",");
		if (parts.length == 4) {
			return new Change(parts[0], parts[1], parts[2], parts[3]);
		}
		return parts.length == 3 ? new Change(parts[0], parts[1], parts[2], null) : null;
	}

	@Override
	public void stop() {
		Disposable current = subscription;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return subscription != null && !subscription.isDisposed();
	}

	@Override
	public void destroy() {
		stop();
	}

	/**
	 * {@code kind} is {@code expected}, {@code gone}, or {@code deviated} (the cargo entered a country
	 * off its route at {@code post}; null for the other kinds).
	 */
	public record Change(String kind, String number, String country, String post) {
	}

}
