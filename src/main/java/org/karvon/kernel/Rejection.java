package org.karvon.kernel;

/**
 * A business rule refusing a transition, as a value. {@code code} is stable and upper-case (it reaches
 * clients in problem responses); {@code message} is for people.
 */
public record Rejection(String code, String message) {

	public static Rejection withReason(String code, String message) {
		return new Rejection(code, message);
	}

}
