package org.karvon.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What Karvon accepts as a password: 12 characters or more, at most 72 bytes in UTF-8 (bcrypt
 * ignores everything after byte 72, and Spring's encoder refuses it: 42 Cyrillic letters are 84
 * bytes), not one of the common passwords shipped in {@code common-passwords.txt} (also not one of
 * its base words with only digits or symbols around it), and not a trivial pattern: one character
 * repeated, a short unit repeated ({@code abcabcabcabc}), or a run along the alphabet or a
 * keyboard row ({@code qwertyuiop[]}, {@code 123456789012}).
 */
public final class PasswordPolicy {

	public static final int MIN_CHARACTERS = 12;

	public static final int MAX_BYTES = 72;

	private static final String[] RUNS = { "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop[]", "asdfghjkl;'",
			"zxcvbnm,./", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "!@#$%^&*()_+" };

	private static final Set<String> COMMON = load("common-passwords.txt");

	private PasswordPolicy() {
	}

	/** Why the password is refused, or empty when it is acceptable. */
	public static Optional<String> refusal(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("is required");
		}
		int bytes = password.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8, got " + bytes
					+ " (letters outside Latin take 2 or more bytes each)");
		}
		if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			return Optional.of("must be at least " + MIN_CHARACTERS + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("^[^\\p{L}]{0,12}|[^\\p{L}]{0,12}$", ""))) {
			return Optional.of("is too common (it is on the list of passwords Karvon refuses)");
		}
		if (isRepetition(lower) || isRun(lower)) {
			return Optional.of("is a trivial pattern (repeated characters or a run along the keyboard or alphabet)");
		}
		return Optional.empty();
	}

	/** The whole password is one unit of up to four characters, repeated. */
	static boolean isRepetition(String password) {
		for (int unit = 1; unit <= 4; unit++) {
			if (password.length() % unit == 0 && password.equals(password.substring(0, unit).repeat(password.length() / unit))) {
				return true;
			}
		}
		return false;
	}

	/** Along a known run, forwards or backwards, possibly wrapping round it. */
	static boolean isRun(String password) {
		for (String run : RUNS) {
			String twice = run.repeat(1 + password.length() / run.length() + 1);
			String reversed = new StringBuilder(twice).reverse().toString();
			if (twice.contains(password) || reversed.contains(password)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
