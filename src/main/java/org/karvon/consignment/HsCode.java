package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.regex.Pattern;

/**
 * A Harmonized System commodity code: 6 digits, optionally extended nationally up to 10.
 */
public record HsCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{6,10}");

	public HsCode {
		value = RawText.required(value);
		if (!DIGITS.matcher(value).matches()) {
			throw new InvalidValueException("must be 6 to 10 digits, e.g. 520100, got '" + value + "'");
		}
	}

	public static HsCode parse(String raw) {
		return new HsCode(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
