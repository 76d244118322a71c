package org.karvon.kernel;

import java.util.List;

/**
 * The result of validating a draft: either a typed value or every field error found.
 *
 * @param <T> the typed value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

	static <T> Validated<T> valid(T value) {
		return new Valid<>(value);
	}

	static <T> Validated<T> invalid(List<FieldError> errors) {
		return new Invalid<>(errors);
	}

	default List<FieldError> errors() {
		return List.of();
	}

	/** The value, or an {@link IllegalStateException} listing the errors. */
	T orElseThrow();

	record Valid<T>(T value) implements Validated<T> {

		@Override
		public T orElseThrow() {
			return this.value;
		}

	}

	record Invalid<T>(List<FieldError> errors) implements Validated<T> {

		public Invalid {
			errors = List.copyOf(errors);
		}

		@Override
		public T orElseThrow() {
			throw new IllegalStateException("Invalid: " + this.errors);
		}

	}

}
