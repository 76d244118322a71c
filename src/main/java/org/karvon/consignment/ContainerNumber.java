package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.regex.Pattern;

/**
 * An ISO 6346 container number such as {@code CSQU3054383}: 3-letter owner code, category letter
 * (U, J or Z), 6-digit serial number and a {@link MrnCheck check digit}. Spaces are ignored.
 */
public record ContainerNumber(String value) {

	private static final Pattern OWNER = Pattern.compile("[A-Z]{3}");

	private static final Pattern SERIAL_AND_CHECK = Pattern.compile("\\d{7}");

	public ContainerNumber {
		value = RawText.code(value).replace(" ", "");
		if (value.length() != 11) {
			throw new InvalidValueException("must be 11 characters like CSQU3054383, got " + value.length());
		}
		if (!OWNER.matcher(value.substring(0, 3)).matches()) {
			throw new InvalidValueException("must start with the 3-letter owner code");
		}
		if ("UJZ".indexOf(value.charAt(3)) < 0) {
			throw new InvalidValueException("4th character must be the category U, J or Z, got '" + value.charAt(3) + "'");
		}
		if (!SERIAL_AND_CHECK.matcher(value.substring(4)).matches()) {
			throw new InvalidValueException("must end with 6 serial digits and a check digit");
		}
		char expected = MrnCheck.checkCharacterOf(value.substring(0, 10));
		if (value.charAt(10) != expected) {
			throw new InvalidValueException("check digit should be " + expected + " but is " + value.charAt(10));
		}
	}

	public static ContainerNumber parse(String raw) {
		return new ContainerNumber(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
