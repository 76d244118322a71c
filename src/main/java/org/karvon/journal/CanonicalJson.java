package org.karvon.journal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a flat map of strings and lists of strings as canonical JSON: keys sorted by UTF-16 code
 * units, no whitespace, strings escaped as in RFC 8785 (JCS). The same map always gives the same text,
 * so the payload can be hashed.
 */
final class CanonicalJson {

	private CanonicalJson() {
	}

	static String write(Map<String, ?> fields) {
		StringBuilder json = new StringBuilder("{");
		new TreeMap<>(fields).forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			string(json, key).append(':');
			value(json, value);
		});
		return json.append('}').toString();
	}

	private static void value(StringBuilder json, Object value) {
		if (value instanceof String text) {
			string(json, text);
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				string(json.append((i > 0) ? "," : ""), (String) list.get(i));
			}
			json.append(']');
		}
		else {
			throw new IllegalArgumentException("Only strings and lists of strings: " + value);
		}
	}

	private static StringBuilder string(StringBuilder json, String text) {
		json.append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append((c < 0x20) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.append('"');
	}

}
