package org.karvon.kernel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Helpers that turn raw text typed by people into clean values, or fail with a friendly message.
 */
public final class RawText {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

	private RawText() {
	}

	/** Strips surrounding whitespace and upper-cases; fails when nothing is left. */
	public static String code(String raw) {
		return required(raw).toUpperCase(Locale.ROOT);
	}

	/** Strips surrounding whitespace; fails when nothing is left. */
	public static String required(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidValueException("is required");
		}
		return raw.strip();
	}

	/** A required free text of at most {@code max} characters. */
	public static String text(String raw, int max) {
		String text = required(raw);
		if (text.length() > max) {
			throw new InvalidValueException("must be at most " + max + " characters, got " + text.length());
		}
		return text;
	}

	/** An optional free text: blank means absent. */
	public static Optional<String> optionalText(String raw, int max) {
		return (raw == null || raw.isBlank()) ? Optional.empty() : Optional.of(text(raw, max));
	}

	/** A plain decimal such as {@code 20000} or {@code 45000.00}; no exponents, no thousands separators. */
	public static BigDecimal decimal(String raw) {
		String text = required(raw);
		if (!DECIMAL.matcher(text).matches()) {
			throw new InvalidValueException("must be a decimal number like 45000.00, got '" + text + "'");
		}
		return new BigDecimal(text);
	}

	/** One constant of {@code type}, matched case-insensitively. */
	public static <E extends Enum<E>> E oneOf(Class<E> type, String raw) {
		String name = code(raw);
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException("must be one of " + Arrays.stream(type.getEnumConstants())
				.map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + name + "'"));
	}

}
