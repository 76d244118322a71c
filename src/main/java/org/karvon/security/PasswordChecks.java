package org.karvon.security;

import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder everyone uses, with a hard cap on concurrent bcrypt checks: each costs a
 * core for tens of milliseconds, so a flood of logins must be told "busy" (429) rather than queue
 * up and starve everything else. Hashing new passwords (admin only) is not capped. Every check is
 * counted in {@code karvon.login.password.checks}.
 */
public class PasswordChecks implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	private final Counter checks;

	public PasswordChecks(PasswordEncoder delegate, int maxConcurrent, MeterRegistry meters) {
		this.delegate = delegate;
		this.permits = new Semaphore(maxConcurrent);
		this.checks = Counter.builder("karvon.login.password.checks")
			.description("bcrypt password checks performed")
			.register(meters);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	/** Throws {@link Busy} at once, without waiting, when the cap is reached. */
	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (!permits.tryAcquire()) {
			throw new Busy();
		}
		try {
			checks.increment();
			return delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	/** Too many password checks are running; the caller should retry in a moment. */
	public static final class Busy extends RuntimeException {

		Busy() {
			super("too many concurrent password checks", null, false, false);
		}

	}

}
