package org.karvon.feed.application;

import java.util.List;

import org.karvon.feed.FeedMessage;
import org.karvon.feed.OutboxEntry;
import org.karvon.feed.persistence.FeedOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Relays the outbox to the broker. Each batch is one transaction that first takes the relay's
 * advisory lock (only one instance relays at a time, so the stream is never doubled), reads the
 * oldest unrelayed entries in write order, publishes them and waits for the broker's confirms, and
 * only then marks them relayed. A failure or a crash anywhere before the commit leaves the entries
 * unrelayed: they are published again with the same ids (at least once, never lost).
 */
public class FeedRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedRelay.class);

	/** Prune once in this many ticks: deleting relayed rows need not run four times a second. */
	private static final long PRUNE_EVERY = 1200;

	private final FeedOutbox outbox;

	private final EntryRenderer renderer;

	private final FeedBroker broker;

	private final TransactionalOperator transaction;

	private final FeedProperties properties;

	private final FeedMetrics metrics;

	private volatile Disposable running;

	/** The last failure logged: an outage is logged when it starts, not four times a second. */
	private volatile String lastFailure;

	public FeedRelay(FeedOutbox outbox, EntryRenderer renderer, FeedBroker broker, TransactionalOperator transaction,
			FeedProperties properties, FeedMetrics metrics) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.broker = broker;
		this.transaction = transaction;
		this.properties = properties;
		this.metrics = metrics;
	}

	@Override
	public void start() {
		running = Flux.interval(properties.pollInterval())
			.onBackpressureDrop()
			.concatMap(this::tick, 0)
			.subscribe();
	}

	private Mono<Void> tick(long n) {
		Mono<Void> prune = n % PRUNE_EVERY == PRUNE_EVERY - 1 ? outbox.prune(properties.retention()).then() : Mono.empty();
		return broker.connect()
			.flatMap((connected) -> connected ? drain() : Mono.<Void>empty())
			.doOnSuccess((done) -> lastFailure = null)
			.onErrorResume((ex) -> {
				if (!ex.toString().equals(lastFailure)) {
					log.warn("Feed relay: batch not confirmed, it stays in the outbox: {}", ex.toString());
				}
				lastFailure = ex.toString();
				return Mono.empty();
			})
			.then(prune)
			.then(outbox.backlog().doOnNext(metrics::backlog).then())
			.onErrorResume((ex) -> Mono.empty());
	}

	/** Relays batch after batch until one is short: a backlog drains without waiting for ticks. */
	Mono<Void> drain() {
		return Mono.defer(this::relayBatch).repeat().takeUntil((relayed) -> relayed < properties.batchSize()).then();
	}

	private Mono<Integer> relayBatch() {
		return outbox.claimRelay()
			.flatMap((claimed) -> claimed ? relayPending() : Mono.just(0))
			.as(transaction::transactional);
	}

	private Mono<Integer> relayPending() {
		return outbox.pending(properties.batchSize())
			.concatMap((entry) -> renderer.data(entry).map(entry::fanOut).map((messages) -> new Rendered(entry, messages)))
			.collectList()
			.flatMap((batch) -> batch.isEmpty() ? Mono.just(0) : publish(batch));
	}

	private Mono<Integer> publish(List<Rendered> batch) {
		List<FeedMessage> messages = batch.stream().flatMap((rendered) -> rendered.messages().stream()).toList();
		return broker.publish(messages)
			.then(outbox.markRelayed(batch.stream().map((rendered) -> rendered.entry().id()).toList()))
			.doOnSuccess((done) -> metrics.published(messages.size()))
			.thenReturn(batch.size());
	}

	@Override
	public void stop() {
		Disposable subscription = running;
		if (subscription != null) {
			subscription.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}

	private record Rendered(OutboxEntry entry, List<FeedMessage> messages) {
	}

}
