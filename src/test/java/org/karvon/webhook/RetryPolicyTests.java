package org.karvon.webhook;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(24));

	private final Instant created = Instant.parse("2026-05-01T08:00:00Z");

	@Test
	void doublesTheDelayPerAttemptUpToTheMaximum() {
		assertThat(policy.delayMillis(1)).isEqualTo(30_000);
		assertThat(policy.delayMillis(2)).isEqualTo(60_000);
		assertThat(policy.delayMillis(5)).isEqualTo(480_000);
		assertThat(policy.delayMillis(30)).isEqualTo(Duration.ofHours(2).toMillis());
		assertThat(policy.delayMillis(10_000)).isEqualTo(Duration.ofHours(2).toMillis());
	}

	@Test
	void jitterKeepsAtLeastHalfTheDelay() {
		assertThat(policy.nextAttempt(created, 3, created, () -> 0.0)).contains(created.plusSeconds(60));
		assertThat(policy.nextAttempt(created, 3, created, () -> 0.999)).hasValueSatisfying(
				(next) -> assertThat(next).isBetween(created.plusSeconds(119), created.plusSeconds(120)));
	}

	@Test
	void givesUpWhenTheNextAttemptWouldFallAfterTheRetryWindow() {
		Instant late = created.plus(Duration.ofMinutes(23 * 60 + 30));
		assertThat(policy.nextAttempt(created, 20, late, () -> 0.0)).isEmpty();
		assertThat(policy.nextAttempt(created, 20, created.plus(Duration.ofHours(20)), () -> 0.0)).isPresent();
	}

}
