package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without letting anyone lock a known user out. An attempt is counted
 * <em>before</em> its password is checked (so fifty parallel guesses cannot all slip past), in three
 * bounded {@link AttemptCounters}:
 * <ul>
 * <li>per (username, client address): {@value #PAIR_FREE} free attempts, then each must wait twice as
 * long as the last (1 s, 2 s, … up to {@link #MAX_DELAY}): the tight limit, felt only by whoever guesses;</li>
 * <li>per username, from any address: {@value #USER_FREE} free attempts an hour, then the same backoff
 * — against guessing spread over many addresses; one address can never reach it alone, since its own
 * pair limit admits fewer than that per hour;</li>
 * <li>per client address, over all usernames: {@code addressFree} an hour (default 200), against
 * spraying many usernames from one place.</li>
 * </ul>
 * Counters live for a fixed hour from their first attempt. A success clears the pair and the
 * username (the right password from a new address works even while another address is locked out)
 * and gives the address its attempt back. In memory on purpose: no database round trip, and an
 * attacker spreading guesses over instances still meets each instance's limit.
 */
public class LoginThrottle {

	static final int PAIR_FREE = 5;

	static final int USER_FREE = 50;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration WINDOW = Duration.ofHours(1);

	private final AttemptCounters pairs;

	private final AttemptCounters users;

	private final AttemptCounters addresses;

	public LoginThrottle(Clock clock, int addressFree, int maxTracked) {
		this.pairs = new AttemptCounters(clock, PAIR_FREE, maxTracked);
		this.users = new AttemptCounters(clock, USER_FREE, maxTracked);
		this.addresses = new AttemptCounters(clock, addressFree, maxTracked);
	}

	/** Counts the attempt, or says how long to wait if it may not be made yet. */
	public Admission admit(String username, String address) {
		String user = key(username);
		String from = address == null ? "?" : address;
		Optional<Duration> wait = pairs.admit(user + "\n" + from)
			.or(() -> users.admit(user))
			.or(() -> addresses.admit(from));
		return wait.<Admission>map(Admission.Refused::new).orElseGet(() -> new Admission.Admitted(user, from));
	}

	/** The password was right: forget the failures that stood in this user's way. */
	public void succeeded(Admission.Admitted admitted) {
		pairs.forget(admitted.user() + "\n" + admitted.address());
		users.forget(admitted.user());
		addresses.refund(admitted.address());
	}

	static Duration delayAfter(int attempts, int free) {
		int doublings = Math.min(attempts - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	long tracked() {
		return pairs.size() + users.size() + addresses.size();
	}

	/** Usernames are case-insensitive (see {@code V8}); so is their throttle. */
	static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	/** Whether a login attempt may go ahead. */
	public sealed interface Admission {

		/** Counted; check the password and report a success. */
		record Admitted(String user, String address) implements Admission {
		}

		/** Not yet: try again after {@code retryAfter}. */
		record Refused(Duration retryAfter) implements Admission {
		}

	}

}
