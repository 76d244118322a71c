package org.karvon.consignment;

import java.util.Optional;

/**
 * The result of asking an aggregate to change: the changed aggregate, or the {@link Rejection}.
 *
 * @param <T> the aggregate type
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Rejected {

	static <T> Outcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> Outcome<T> rejected(String code, String message) {
		return new Rejected<>(Rejection.withReason(code, message));
	}

	/** The code of the rejection, empty when done. */
	Optional<String> rejectionCode();

	/** The changed aggregate, or an {@link IllegalStateException} naming the rejection. */
	T orElseThrow();

	record Done<T>(T value) implements Outcome<T> {

		@Override
		public Optional<String> rejectionCode() {
			return Optional.empty();
		}

		@Override
		public T orElseThrow() {
			return this.value;
		}

	}

	record Rejected<T>(Rejection rejection) implements Outcome<T> {

		@Override
		public Optional<String> rejectionCode() {
			return Optional.of(this.rejection.code());
		}

		@Override
		public T orElseThrow() {
			throw new IllegalStateException(this.rejection.code() + ": " + this.rejection.message());
		}

	}

}
