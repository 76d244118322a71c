package org.karvon.kernel;

/**
 * A raw value that cannot become a value object. The message is written for the person who typed the
 * value, so it says what is wrong and, where possible, what was expected.
 */
public class InvalidValueException extends RuntimeException {

	public InvalidValueException(String message) {
		super(message);
	}

}
