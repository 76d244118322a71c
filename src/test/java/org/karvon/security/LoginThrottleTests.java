package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	MutableClock clock = new MutableClock();

	LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void letsAFewFailuresPassUnhindered() {
		failTimes("alice", LoginThrottle.FREE_FAILURES - 1);
		assertThat(throttle.waitBefore("alice")).isEmpty();
	}

	@Test
	void makesTheNextAttemptWaitAfterTooManyFailures() {
		failTimes("alice", LoginThrottle.FREE_FAILURES);
		assertThat(throttle.waitBefore("ALICE ")).contains(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.waitBefore("alice")).isEmpty();
	}

	@Test
	void doublesTheWaitUpToACap() {
		assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 40)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void forgetsFailuresAfterASuccess() {
		failTimes("bob", 10);
		throttle.succeeded("bob");
		assertThat(throttle.waitBefore("bob")).isEmpty();
	}

	@Test
	void keepsUsernamesApart() {
		failTimes("carol", 10);
		assertThat(throttle.waitBefore("dave")).isEmpty();
	}

	private void failTimes(String username, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username);
		}
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
