package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.regex.Pattern;

/**
 * A UIC wagon number such as {@code 218124712173} (printed {@code 21 81 2471 217-3}): 11 digits —
 * type, country, vehicle type, running number — and a self-check digit. The check digit is Luhn's:
 * the 11 digits are multiplied from left to right alternately by 2 and 1, the digits of the products
 * are summed, and the check digit brings that sum up to the next multiple of ten. Spaces and the
 * dash before the check digit are ignored.
 */
public record WagonNumber(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{12}");

	public WagonNumber {
		value = RawText.code(value).replace(" ", "").replace("-", "");
		if (!DIGITS.matcher(value).matches()) {
			throw new InvalidValueException("must be 12 digits like 21 81 2471 217-3");
		}
		char expected = checkDigitOf(value.substring(0, 11));
		if (value.charAt(11) != expected) {
			throw new InvalidValueException("check digit should be " + expected + " but is " + value.charAt(11));
		}
	}

	public static WagonNumber parse(String raw) {
		return new WagonNumber(raw);
	}

	/** The self-check digit of the first 11 digits. */
	public static char checkDigitOf(String elevenDigits) {
		int sum = 0;
		for (int i = 0; i < elevenDigits.length(); i++) {
			int product = (elevenDigits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
