package org.karvon.signing;

import java.util.Optional;

/**
 * Base45 (RFC 9285): bytes as text in the 45-character QR alphanumeric alphabet, so a QR code can
 * carry it in alphanumeric mode (5.5 bits a character) instead of byte mode (8 bits). Every two
 * bytes become three characters ({@code n = a·256 + b = c + 45·d + 2025·e}), a last odd byte two.
 * Decoding is strict and linear: a value out of range, a character outside the alphabet or a length
 * of 3k+1 gives nothing, so each byte string has exactly one encoding.
 */
public final class Base45 {

	static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

	private static final int[] VALUES = new int[128];

	static {
		java.util.Arrays.fill(VALUES, -1);
		for (int i = 0; i < ALPHABET.length(); i++) {
			VALUES[ALPHABET.charAt(i)] = i;
		}
	}

	private Base45() {
	}

	public static String encode(byte[] bytes) {
		StringBuilder text = new StringBuilder(bytes.length * 3 / 2 + 2);
		for (int i = 0; i + 1 < bytes.length; i += 2) {
			int n = (bytes[i] & 0xFF) * 256 + (bytes[i + 1] & 0xFF);
			text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
		}
		if (bytes.length % 2 == 1) {
			int n = bytes[bytes.length - 1] & 0xFF;
			text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
		}
		return text.toString();
	}

	/** The bytes, or empty when the text is not canonical Base45. */
	public static Optional<byte[]> decode(CharSequence text) {
		int length = text.length();
		if (length % 3 == 1) {
			return Optional.empty();
		}
		byte[] bytes = new byte[length / 3 * 2 + (length % 3 == 2 ? 1 : 0)];
		int out = 0;
		for (int i = 0; i < length; i += 3) {
			boolean last = i + 2 >= length;
			int n = value(text, i) + 45 * value(text, i + 1) + (last ? 0 : 2025 * value(text, i + 2));
			if (n < 0 || n > (last ? 0xFF : 0xFFFF)) {
				return Optional.empty();
			}
			if (!last) {
				bytes[out++] = (byte) (n >> 8);
			}
			bytes[out++] = (byte) n;
		}
		return Optional.of(bytes);
	}

	// an out-of-alphabet character is a large negative number, so every sum it enters is negative
	private static int value(CharSequence text, int index) {
		char c = text.charAt(index);
		return (c < 128 && VALUES[c] >= 0) ? VALUES[c] : -1_000_000;
	}

}
