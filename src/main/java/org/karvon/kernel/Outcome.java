package org.karvon.kernel;

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

	/** The same rejection, or the done value transformed. */
	default <R> Outcome<R> map(java.util.function.Function<T, R> mapper) {
		if (this instanceof Done<T> done) {
			return new Done<>(mapper.apply(done.value()));
		}
		return new Rejected<>(((Rejected<T>) this).rejection());
	}

	/** The same rejection, or the next change applied to the done value. */
	default <R> Outcome<R> flatMap(java.util.function.Function<T, Outcome<R>> next) {
		if (this instanceof Done<T> done) {
			return next.apply(done.value());
		}
		return new Rejected<>(((Rejected<T>) this).rejection());
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
