package org.karvon.kernel;

import java.util.regex.Pattern;

/**
 * The code of a customs post, such as {@code UZYAL}: five letters, the first two being its country.
 * Whether the post exists is the registry's business, not this value's.
 */
public record PostCode(String value) {

	private static final Pattern LETTERS = Pattern.compile("[A-Z]{5}");

	public PostCode {
		value = RawText.code(value);
		if (!LETTERS.matcher(value).matches()) {
			throw new InvalidValueException("must be 5 letters such as UZTAS, got '" + value + "'");
		}
		CountryCode.parse(value.substring(0, 2));
	}

	public static PostCode parse(String raw) {
		return new PostCode(raw);
	}

	public CountryCode country() {
		return CountryCode.parse(this.value.substring(0, 2));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
