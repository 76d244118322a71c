package org.karvon.database;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * A readiness check answered from its last result for a short while: an orchestrator probing every
 * instance every few seconds, or a load balancer probing from several nodes, then costs the database
 * one check per {@code timeToLive} however often it asks. Concurrent probes share one check in flight.
 * An outage shows within {@code timeToLive}.
 */
public final class CachedHealth implements ReactiveHealthIndicator {

	/** How long a readiness check's answer stands: well under any probe interval, so an outage shows at once. */
	public static final Duration READINESS = Duration.ofSeconds(1);

	private final Mono<Health> cached;

	public CachedHealth(ReactiveHealthIndicator check, Duration timeToLive) {
		this.cached = Mono.defer(check::health)
			.cache((health) -> timeToLive, (failure) -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public Mono<Health> health() {
		return cached;
	}

}
