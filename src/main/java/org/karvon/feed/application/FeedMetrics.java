package org.karvon.feed.application;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.karvon.feed.Backlog;

/**
 * The feed's Prometheus metrics: {@code karvon_feed_backlog_entries}, {@code karvon_feed_lag_seconds},
 * {@code karvon_feed_published_messages_total}. Backlog and lag are read from the database on each
 * relay tick, so every instance reports the same outbox, whichever of them relays.
 */
public class FeedMetrics {

	private final AtomicLong entries = new AtomicLong();

	private final AtomicLong lagMillis = new AtomicLong();

	private final Counter published;

	public FeedMetrics(MeterRegistry registry) {
		Gauge.builder("karvon.feed.backlog", entries, AtomicLong::get)
			.baseUnit("entries")
			.description("Outbox entries not yet confirmed by the broker")
			.register(registry);
		Gauge.builder("karvon.feed.lag", lagMillis, (millis) -> millis.get() / 1000.0)
			.baseUnit("seconds")
			.description("Age of the oldest outbox entry not yet confirmed by the broker")
			.register(registry);
		this.published = Counter.builder("karvon.feed.published")
			.baseUnit("messages")
			.description("Messages this instance published and the broker confirmed")
			.register(registry);
	}

	void backlog(Backlog backlog) {
		entries.set(backlog.entries());
		lagMillis.set(backlog.lag().toMillis());
	}

	void published(int messages) {
		published.increment(messages);
	}

}
