package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per username: a few failures are free, after that each attempt
 * must wait twice as long as the last, up to a cap. Kept in memory on purpose: it needs no
 * database round trip, and an attacker spreading guesses over instances still meets the cap.
 */
public class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long this username must still wait before another attempt, if at all. */
	public Optional<Duration> waitBefore(String username) {
		Failures current = failures.get(key(username));
		if (current == null || current.count < FREE_FAILURES) {
			return Optional.empty();
		}
		Duration remaining = Duration.between(clock.instant(), current.last.plus(delayAfter(current.count)));
		return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
	}

	public void failed(String username) {
		if (failures.size() >= MAX_TRACKED) {
			failures.clear();
		}
		Instant now = clock.instant();
		failures.merge(key(username), new Failures(1, now), (old, ignored) -> new Failures(old.count + 1, now));
	}

	public void succeeded(String username) {
		failures.remove(key(username));
	}

	static Duration delayAfter(int count) {
		int doublings = Math.min(count - FREE_FAILURES, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}

}
