package org.karvon.kernel;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code UZ}.
 */
public record CountryCode(String value) {

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	public CountryCode {
		value = RawText.code(value);
		if (!ISO_COUNTRIES.contains(value)) {
			throw new InvalidValueException("'" + value + "' is not an ISO 3166-1 alpha-2 country code");
		}
	}

	public static CountryCode parse(String raw) {
		return new CountryCode(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
