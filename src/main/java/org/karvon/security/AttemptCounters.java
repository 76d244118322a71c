package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Attempts per key within a fixed {@link LoginThrottle#WINDOW} from the first one, in a cache of
 * bounded size. When full, Caffeine evicts single entries it judges least useful (rarely touched
 * keys, such as a spray of junk usernames) — never everyone at once.
 */
final class AttemptCounters {

	private final Cache<String, Attempts> counters;

	private final Clock clock;

	private final int free;

	AttemptCounters(Clock clock, int free, int maxTracked) {
		this.clock = clock;
		this.free = free;
		this.counters = Caffeine.newBuilder()
			.maximumSize(maxTracked)
			.expireAfter(Expiry.creating((String key, Attempts value) -> LoginThrottle.WINDOW))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** Counts an attempt and returns empty, or returns how long to wait without counting it. */
	Optional<Duration> admit(String key) {
		long now = clock.millis();
		long[] waitMillis = { 0 };
		counters.asMap().compute(key, (ignored, current) -> {
			if (current == null) {
				return new Attempts(1, now);
			}
			if (current.count() >= free) {
				long allowedAt = current.last() + LoginThrottle.delayAfter(current.count(), free).toMillis();
				if (now < allowedAt) {
					waitMillis[0] = allowedAt - now;
					return current;
				}
			}
			return new Attempts(current.count() + 1, now);
		});
		return waitMillis[0] > 0 ? Optional.of(Duration.ofMillis(waitMillis[0])) : Optional.empty();
	}

	void forget(String key) {
		counters.invalidate(key);
	}

	void refund(String key) {
		counters.asMap().computeIfPresent(key, (ignored, current) -> new Attempts(Math.max(0, current.count() - 1), current.last()));
	}

	long size() {
		counters.cleanUp();
		return counters.estimatedSize();
	}

	private record Attempts(int count, long last) {
	}

}
