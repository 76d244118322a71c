package org.karvon.consignment;

/**
 * The check character of a Movement Reference Number (MRN/GRN), shared by {@link ConsignmentNumber},
 * {@link NctsMrn} and {@link ContainerNumber}, which all use the ISO 6346 method:
 * <ol>
 * <li>each character gets a value: digits their own value, letters from A=10 upward skipping the
 * multiples of 11 (A10 B12 C13 … K21 L23 … U32 V34 … Z38);</li>
 * <li>the value at position {@code i} (from 0, left to right) is multiplied by {@code 2^i};</li>
 * <li>the sum is taken modulo 11, and a remainder of 10 becomes 0.</li>
 * </ol>
 */
public final class MrnCheck {

	private static final int[] LETTER_VALUES = letterValues();

	private MrnCheck() {
	}

	/** The check character for {@code payload}, which holds only A-Z and 0-9. */
	public static char checkCharacterOf(CharSequence payload) {
		long sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			sum += (long) valueOf(payload.charAt(i)) << i;
		}
		return (char) ('0' + (int) (sum % 11 % 10));
	}

	/** Whether the last character of {@code value} is the check character of the rest. */
	public static boolean isValid(CharSequence value) {
		int last = value.length() - 1;
		return last > 0 && value.charAt(last) == checkCharacterOf(value.subSequence(0, last));
	}

	static int valueOf(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'Z') {
			return LETTER_VALUES[c - 'A'];
		}
		throw new IllegalArgumentException("Not an MRN character: '" + c + "'");
	}

	private static int[] letterValues() {
		int[] values = new int[26];
		int next = 10;
		for (int i = 0; i < values.length; i++) {
			values[i] = next++;
			if (next % 11 == 0) {
				next++;
			}
		}
		return values;
	}

}
