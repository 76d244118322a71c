package org.karvon.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every {@link FieldError} while a draft is parsed, so the submitter sees all of them at once.
 */
public final class FieldErrors {

	private final List<FieldError> errors = new ArrayList<>();

	/** The parsed value, or {@code null} after recording why {@code field} could not be parsed. */
	public <T> T check(String field, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidValueException ex) {
			reject(field, ex.getMessage());
			return null;
		}
	}

	/** Each entry parsed, with the list's size bounded and each failure reported as {@code field[i]}. */
	public <T> List<T> each(String field, List<String> raw, int min, int max, Function<String, T> parse) {
		List<String> entries = (raw != null) ? raw : List.of();
		if (entries.size() < min || entries.size() > max) {
			reject(field, "must have " + min + " to " + max + " entries, got " + entries.size());
			return List.of();
		}
		List<T> parsed = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			parsed.add(check(field + "[" + i + "]", () -> parse.apply(entry)));
		}
		return parsed;
	}

	public void reject(String field, String message) {
		this.errors.add(new FieldError(field, message));
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/** Valid with the built value when no error was recorded, otherwise invalid with all of them. */
	public <T> Validated<T> toResult(Supplier<T> build) {
		return isEmpty() ? Validated.valid(build.get()) : Validated.invalid(this.errors);
	}

}
