package org.karvon.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.karvon.audit.persistence.SecurityEventLog;
import org.karvon.kernel.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Records security events to the {@code karvon.security} log at once and to {@code security_event}
 * in batches. Recording never blocks and never fails a request: events wait in a bounded, lock-free
 * queue drained by one writer; when the queue is full the event is still logged but not stored,
 * and {@code karvon.security.events.dropped} counts it.
 */
@Component
public class SecurityEvents implements SecurityLog, InitializingBean, DisposableBean {

	static final int CAPACITY = 10_000;

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger("karvon.security");

	private final Queue<SecurityEvent> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger queued = new AtomicInteger();

	private final SecurityEventLog store;

	private final Clock clock;

	private final Counter dropped;

	private Disposable writer;

	SecurityEvents(SecurityEventLog store, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.clock = clock;
		this.dropped = Counter.builder("karvon.security.events.dropped")
			.description("security events logged but not stored because the queue was full")
			.register(meters);
	}

	@Override
	public void record(String kind, String username, String address, String detail) {
		SecurityEvent event = new SecurityEvent(clock.instant(), kind, username, address, detail);
		log.info(event.toLogLine());
		if (queued.incrementAndGet() > CAPACITY) {
			queued.decrementAndGet();
			dropped.increment();
			return;
		}
		queue.offer(event);
	}

	@Override
	public void afterPropertiesSet() {
		writer = Flux.interval(Duration.ofMillis(200))
			.onBackpressureDrop()
			.concatMap((tick) -> flush(), 1)
			.subscribe();
	}

	/** Writes what is queued, a batch at a time; a failed batch is logged and lost, never retried forever. */
	Mono<Void> flush() {
		return Flux.defer(() -> Flux.fromIterable(take()))
			.filter((batch) -> !batch.isEmpty())
			.concatMap((batch) -> store.append(batch)
				.onErrorResume((ex) -> {
					log.warn("event=\"SECURITY_EVENTS_NOT_STORED\" count={} reason=\"{}\"", batch.size(), ex.toString());
					return Mono.empty();
				}))
			.then();
	}

	private List<List<SecurityEvent>> take() {
		List<List<SecurityEvent>> batches = new ArrayList<>();
		List<SecurityEvent> batch = new ArrayList<>();
		for (SecurityEvent event = queue.poll(); event != null; event = queue.poll()) {
			queued.decrementAndGet();
			batch.add(event);
			if (batch.size() == BATCH) {
				batches.add(batch);
				batch = new ArrayList<>();
			}
		}
		batches.add(batch);
		return batches;
	}

	@Override
	public void destroy() {
		if (writer != null) {
			writer.dispose();
		}
	}

}
