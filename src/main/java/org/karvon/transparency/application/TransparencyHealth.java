package org.karvon.transparency.application;

import java.time.Clock;
import java.time.Duration;

import org.karvon.transparency.persistence.LogStore;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Readiness detail {@code transparency}: the log's size, the age of the newest checkpoint and how many witness
 * refusals stand (three indexed reads). A refusal is reported, not turned into DOWN: taking every instance out of
 * service would hide the log, not fix it.
 */
public class TransparencyHealth implements ReactiveHealthIndicator {

	private final LogStore store;

	private final Clock clock;

	public TransparencyHealth(LogStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Mono<Health> health() {
		return Mono.zip(store.size(), store.lastCheckpointAt().map((at) -> Duration.between(at, clock.instant()).toString())
			.defaultIfEmpty("none"), store.refusals(LogAudit.REFUSALS_REPORTED).collectList())
			.map((found) -> Health.up()
				.withDetail("logSize", found.getT1())
				.withDetail("lastCheckpointAge", found.getT2())
				.withDetail("witnessRefusals", found.getT3().size())
				.withDetail("lastRefusal", found.getT3().isEmpty() ? "none"
						: found.getT3().get(0).witness() + " at size " + found.getT3().get(0).size() + ": "
								+ found.getT3().get(0).reason())
				.build())
			.onErrorResume((ex) -> Mono.just(Health.unknown().withDetail("error", ex.toString()).build()));
	}

}
