package org.karvon.transparency.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/** Runs the {@link CheckpointPublisher} every checkpoint interval; a tick still running makes the next one wait. */
public class CheckpointSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

	private final CheckpointPublisher publisher;

	private final Duration interval;

	private volatile Disposable running;

	private volatile String lastFailure;

	public CheckpointSchedule(CheckpointPublisher publisher, Duration interval) {
		this.publisher = publisher;
		this.interval = interval;
	}

	@Override
	public void start() {
		running = Flux.interval(interval).onBackpressureDrop().concatMap((tick) -> tick(), 0).subscribe();
	}

	private Mono<Long> tick() {
		return publisher.tick().doOnSuccess((published) -> lastFailure = null).onErrorResume((ex) -> {
			if (!ex.toString().equals(lastFailure)) {
				log.warn("Transparency log: no checkpoint this time: {}", ex.toString());
			}
			lastFailure = ex.toString();
			return Mono.empty();
		});
	}

	@Override
	public void stop() {
		Disposable current = running;
		if (current != null) {
			current.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}

}
