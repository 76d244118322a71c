package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.regex.Pattern;

/**
 * The 18-character MRN layout: 2-digit year, 2-letter issuing country, 13 characters A-Z/0-9 and the
 * {@link MrnCheck check character}. Accepts lower case and surrounding whitespace, as officers type it.
 */
final class MrnLayout {

	static final int LENGTH = 18;

	private static final Pattern YEAR = Pattern.compile("\\d{2}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern BODY = Pattern.compile("[A-Z0-9]{14}");

	private MrnLayout() {
	}

	static String normalise(String raw) {
		String value = RawText.code(raw);
		if (value.length() != LENGTH) {
			throw new InvalidValueException("must be " + LENGTH + " characters, got " + value.length());
		}
		if (!YEAR.matcher(value.substring(0, 2)).matches()) {
			throw new InvalidValueException("must start with the two-digit year, got '" + value.substring(0, 2) + "'");
		}
		if (!COUNTRY.matcher(value.substring(2, 4)).matches()) {
			throw new InvalidValueException("characters 3-4 must be the issuing country letters, got '"
					+ value.substring(2, 4) + "'");
		}
		if (!BODY.matcher(value.substring(4)).matches()) {
			throw new InvalidValueException("characters 5-18 may only be letters A-Z and digits 0-9");
		}
		char expected = MrnCheck.checkCharacterOf(value.substring(0, LENGTH - 1));
		if (value.charAt(LENGTH - 1) != expected) {
			throw new InvalidValueException("check character should be '" + expected + "' but is '"
					+ value.charAt(LENGTH - 1) + "': probably a typing mistake");
		}
		return value;
	}

}
