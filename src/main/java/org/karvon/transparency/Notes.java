package org.karvon.transparency;

import java.util.Base64;

/** Lexical rules shared by notes, checkpoints and keys. */
final class Notes {

	static final String DASH = "\u2014";

	private Notes() {
	}

	/** Standard base64 with padding, in its one canonical spelling (anything else is malformed). */
	static byte[] base64(String text) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not base64: " + abbreviate(text));
		}
		if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
			throw new IllegalArgumentException("not canonical padded base64: " + abbreviate(text));
		}
		return bytes;
	}

	/** A decimal number without sign or leading zeros that fits in a signed 64-bit integer. */
	static long decimal(String text) {
		if (!text.matches("0|[1-9][0-9]{0,18}")) {
			throw new IllegalArgumentException("not a decimal size: " + abbreviate(text));
		}
		return Long.parseLong(text);
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
