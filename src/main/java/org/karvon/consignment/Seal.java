package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.regex.Pattern;

/**
 * The identifier printed on a customs seal: 1 to 20 characters A-Z, 0-9 and hyphen.
 */
public record Seal(String value) {

	private static final Pattern SEAL = Pattern.compile("[A-Z0-9-]{1,20}");

	public Seal {
		value = RawText.code(value);
		if (!SEAL.matcher(value).matches()) {
			throw new InvalidValueException("must be 1 to 20 characters A-Z, 0-9 or '-', got '" + value + "'");
		}
	}

	public static Seal parse(String raw) {
		return new Seal(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
