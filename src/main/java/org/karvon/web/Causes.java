package org.karvon.web;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A failure and its causes, outermost first. Bounded, because a cause chain may loop (an exception
 * that is its own cause's cause) and a handler must never spin on a request's failure.
 */
public final class Causes {

	static final int MAX_DEPTH = 32;

	private Causes() {
	}

	static Stream<Throwable> of(Throwable failure) {
		return Stream.iterate(failure, (cause) -> cause != null, Throwable::getCause).limit(MAX_DEPTH);
	}

	static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
		return of(failure).filter(type::isInstance).map(type::cast).findFirst();
	}

	public static boolean any(Throwable failure, Predicate<Throwable> test) {
		return of(failure).anyMatch(test);
	}

}
