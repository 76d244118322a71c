package org.karvon.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff from {@code initial}, doubling per attempt
 * up to {@code max}, with "equal jitter" (half the delay fixed, half random) so that endpoints coming
 * back after an outage are not hit by every delivery at the same instant. A delivery is retried for
 * {@code retryFor} after it was created (24 h by default), then it has failed.
 */
public record RetryPolicy(Duration initial, Duration max, Duration retryFor) {

	/** The time of the next attempt after {@code attempts} failed ones, or empty when the delivery gives up. */
	public Optional<Instant> nextAttempt(Instant createdAt, int attempts, Instant now, DoubleSupplier random) {
		long delay = delayMillis(attempts);
		long jittered = delay / 2 + (long) (random.getAsDouble() * (delay - delay / 2));
		Instant next = now.plusMillis(jittered);
		return next.isAfter(createdAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
	}

	long delayMillis(int attempts) {
		double delay = initial.toMillis() * Math.pow(2, Math.max(0, attempts - 1));
		return (long) Math.min(delay, max.toMillis());
	}

}
