package org.karvon.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of sleeping a fixed time: fast when the machine is, patient when it is not. */
public final class Eventually {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private Eventually() {
	}

	public static void holds(BooleanSupplier condition) {
		holds(PATIENCE, condition);
	}

	public static void holds(Duration patience, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(patience);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition still false after " + patience);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting", ex);
			}
		}
	}

}
