package org.karvon.overdue.application;

import java.time.Clock;
import java.time.Instant;

import org.karvon.feed.persistence.FeedOutbox;
import org.karvon.kernel.SecurityLog;
import org.karvon.overdue.OverdueNotice;
import org.karvon.overdue.persistence.OverdueConsignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Announces consignments that passed their transit deadline without arriving, once each. Every
 * {@code sweepInterval} one transaction claims a batch ({@link OverdueConsignments#claim}: the rows are
 * stamped, so no later sweep on any instance takes them again) and writes an {@code OVERDUE} notice to
 * the feed outbox for each — relayed to {@code <country>.OVERDUE} for every member state on the
 * itinerary, and fanned out to the carrier's {@code consignment.overdue} webhooks by the outbox
 * trigger. Stamp and notices commit together or not at all. Every instance may run it.
 */
@Component
public class OverdueWatch implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

	private final OverdueConsignments overdue;

	private final FeedOutbox outbox;

	private final TransactionalOperator transaction;

	private final JsonMapper json;

	private final SecurityLog audit;

	private final OverdueProperties properties;

	private final Clock clock;

	private volatile Disposable running;

	OverdueWatch(OverdueConsignments overdue, FeedOutbox outbox, TransactionalOperator transaction, JsonMapper json,
			SecurityLog audit, OverdueProperties properties, Clock clock) {
		this.overdue = overdue;
		this.outbox = outbox;
		this.transaction = transaction;
		this.json = json;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (!properties.enabled()) {
			return;
		}
		running = Flux.interval(properties.sweepInterval(), properties.sweepInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> sweep(clock.instant()).onErrorResume((ex) -> {
				log.warn("Overdue watch: sweep failed, the consignments stay due: {}", ex.toString());
				return Mono.empty();
			}), 0)
			.subscribe();
	}

	/** Announces everything overdue at {@code now}, batch after batch; emits how many it announced. */
	public Mono<Long> sweep(Instant now) {
		return Mono.defer(() -> batch(now)).repeat().takeUntil((count) -> count < properties.batchSize())
			.reduce(0L, Long::sum);
	}

	private Mono<Long> batch(Instant now) {
		return overdue.claim(now, properties.batchSize())
			.concatMap((notice) -> outbox.enqueueNotice(notice.number(), OverdueNotice.TYPE, now,
					json.writeValueAsString(notice)).thenReturn(notice))
			.collectList()
			.as(transaction::transactional)
			.doOnNext((announced) -> announced.forEach(this::audit))
			.map((announced) -> (long) announced.size());
	}

	private void audit(OverdueNotice notice) {
		audit.record("CONSIGNMENT_OVERDUE", "", "", notice.number() + " not arrived by its transit deadline "
				+ notice.transitDeadline() + " (" + notice.status() + ")");
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

}
