package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.karvon.security.LoginThrottle.Admission;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	MutableClock clock = new MutableClock();

	LoginThrottle throttle = new LoginThrottle(clock, 100, 200_000);

	@Test
	void letsAFewAttemptsPassUnhindered() {
		attempts("alice", "10.0.0.1", LoginThrottle.PAIR_FREE);
	}

	@Test
	void countsAnAttemptBeforeItsPasswordIsChecked() {
		for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) {
			assertThat(throttle.admit("alice", "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
		}
		assertThat(throttle.admit("alice", "10.0.0.1")).isInstanceOf(Admission.Refused.class);
	}

	@Test
	void makesTheNextAttemptWaitAfterTooManyFailuresAndMatchesUsernamesWhateverTheirCase() {
		attempts("alice", "10.0.0.1", LoginThrottle.PAIR_FREE);
		assertThat(throttle.admit("ALICE ", "10.0.0.1")).isEqualTo(new Admission.Refused(Duration.ofSeconds(1)));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.admit("Alice", "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void doublesTheWaitUpToACap() {
		assertThat(LoginThrottle.delayAfter(LoginThrottle.PAIR_FREE + 3, LoginThrottle.PAIR_FREE)).isEqualTo(Duration.ofSeconds(8));
		assertThat(LoginThrottle.delayAfter(LoginThrottle.PAIR_FREE + 40, LoginThrottle.PAIR_FREE)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void forgetsFailuresAfterASuccess() {
		attempts("bob", "10.0.0.1", LoginThrottle.PAIR_FREE - 1);
		throttle.succeeded((Admission.Admitted) throttle.admit("bob", "10.0.0.1"));
		attempts("bob", "10.0.0.1", LoginThrottle.PAIR_FREE);
	}

	@Test
	void aCorrectPasswordFromAnotherAddressWorksWhileOneAddressIsLockedOut() {
		hammer("carol", "10.6.6.6", Duration.ofMinutes(10));
		while (throttle.admit("carol", "10.6.6.6") instanceof Admission.Admitted) {
			// the guesser uses up what the throttle allows right now, until it says no
		}
		assertThat(throttle.admit("carol", "192.168.1.20")).isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void oneAddressCannotKeepAKnownUserLockedOutForEveryoneElse() {
		for (int hour = 0; hour < 24; hour++) {
			hammer("dave", "10.6.6.6", Duration.ofHours(1));
			assertThat(throttle.admit("dave", "192.168.1." + hour)).as("hour %d", hour).isInstanceOf(Admission.Admitted.class);
		}
	}

	@Test
	void manyAddressesTogetherDoLockAUsernameForAWhile() {
		for (int i = 0; i < LoginThrottle.USER_FREE; i++) {
			assertThat(throttle.admit("erin", "10.1.0." + i)).isInstanceOf(Admission.Admitted.class);
		}
		assertThat(throttle.admit("erin", "10.2.0.1")).isInstanceOf(Admission.Refused.class);
		clock.advance(LoginThrottle.WINDOW);
		assertThat(throttle.admit("erin", "10.2.0.1")).isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void limitsOneAddressSprayingManyUsernames() {
		LoginThrottle strict = new LoginThrottle(clock, 10, 200_000);
		for (int i = 0; i < 10; i++) {
			assertThat(strict.admit("user" + i, "10.6.6.6")).isInstanceOf(Admission.Admitted.class);
		}
		assertThat(strict.admit("frank", "10.6.6.6")).isInstanceOf(Admission.Refused.class);
		assertThat(strict.admit("frank", "10.7.7.7")).isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void sprayingAHundredThousandJunkUsernamesNeitherResetsALockedUserNorGrowsWithoutBound() {
		LoginThrottle small = new LoginThrottle(clock, 100, 10_000);
		for (int i = 0; i < LoginThrottle.PAIR_FREE * 4; i++) {
			small.admit("grace", "10.6.6.6");
		}
		for (int i = 0; i < 100_000; i++) {
			small.admit("junk-" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
			if (i % 100 == 0) {
				small.admit("grace", "10.6.6.6"); // the guesser keeps at it while the spray goes on
			}
		}
		assertThat(small.admit("grace", "10.6.6.6")).isInstanceOf(Admission.Refused.class);
		assertThat(small.tracked()).isLessThanOrEqualTo(3 * 10_000 + 300);
	}

	/** An attacker trying again the moment the throttle lets them, for the whole duration. */
	private void hammer(String username, String address, Duration duration) {
		Instant end = clock.instant().plus(duration);
		while (clock.instant().isBefore(end)) {
			if (throttle.admit(username, address) instanceof Admission.Refused refused) {
				clock.advance(refused.retryAfter());
			}
		}
	}

	private void attempts(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(throttle.admit(username, address)).isInstanceOf(Admission.Admitted.class);
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
