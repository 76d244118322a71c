package org.karvon.transparency;

/** C2SP signed-note key names: non-empty UTF-8 without Unicode spaces and without {@code +}. */
final class KeyNames {

	private KeyNames() {
	}

	static String check(String name) {
		if (name == null || name.isEmpty() || name.indexOf('+') >= 0
				|| name.codePoints().anyMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7F)) {
			throw new IllegalArgumentException("a key name is non-empty, without spaces and without '+'");
		}
		return name;
	}

}
