package org.karvon.audit;

import java.time.Instant;

/**
 * Something a security reviewer wants to see later: a failed or throttled login, a refused call
 * (401/403), a user or organization created, a signing key rotated. Fields are short free text,
 * already cut to {@link #MAX} characters; {@code username} and {@code address} may be empty.
 */
public record SecurityEvent(Instant at, String kind, String username, String address, String detail) {

	public static final int MAX = 200;

	public SecurityEvent {
		kind = bounded(kind);
		username = bounded(username);
		address = bounded(address);
		detail = bounded(detail);
	}

	/** key=value with every value quoted and escaped, so a hostile username cannot forge log fields. */
	public String toLogLine() {
		return "event=" + quoted(kind) + " at=" + at + " username=" + quoted(username) + " address=" + quoted(address)
				+ " detail=" + quoted(detail);
	}

	private static String bounded(String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > MAX ? text.substring(0, MAX) : text;
		StringBuilder clean = new StringBuilder(cut.length());
		cut.codePoints().filter((c) -> c != 0 && !(c >= 0xD800 && c <= 0xDFFF)).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
