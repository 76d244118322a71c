package org.karvon.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.karvon.hostile.RunningKarvon.Attack;
import org.karvon.hostile.Routes.Endpoint;

/**
 * Turns a few small generated choices into one hostile request: a damaged path, a damaged body, a
 * wrong content type, a wrong method. Sizes stay bounded so ten thousand requests take seconds.
 */
final class Hostility {

	static final int LIMIT = 256 * 1024;

	static final String[] ROLES = { "NONE", "GARBAGE", "ADMIN", "CARRIER", "OFFICER" };

	static final String[] CONTENT_TYPES = { "application/json", "application/json;charset=UTF-8", "text/plain",
			"application/xml", "multipart/form-data", "multipart/form-data; boundary=zz", "image/png",
			"application/x-www-form-urlencoded", "application/problem+json", "garbage/ /;;", "application/json; charset=UTF-16",
			null };

	static final String[] WRONG_METHODS = { "PATCH", "DELETE", "PUT", "POST", "GET", "OPTIONS", "HEAD" };

	private static final String[] PERCENT_JUNK = { "%00", "%ff", "%c3%28", "%2F", "%5C", "%2e%2e", "%25", "%e2%80%ae",
			"%0d%0a", "%3b", "%20" };

	private Hostility() {
	}

	/** A valid-looking body for the endpoint, the starting point for damage. */
	static String template(Endpoint endpoint, String number) {
		String p = endpoint.pattern();
		if (p.endsWith("/auth/token")) {
			return "{\"username\":\"fuzz-user\",\"password\":\"not-the-password\"}";
		}
		if (p.endsWith("/events")) {
			return "{\"id\":\"6f1c1a5e-3b7d-4c8e-9a51-0b6c2d7e8f90\",\"type\":\"EXIT\",\"occurredAt\":\"2026-01-01T10:00:00Z\","
					+ "\"seals\":{\"status\":\"INTACT\",\"newSeals\":[]},\"remarks\":\"r\"}";
		}
		if (p.endsWith("/scans")) {
			return "{\"qr\":\"eyJhbGciOiJFZERTQSJ9.e30.AAAA\",\"number\":\"" + number + "\"}";
		}
		if (p.contains("/admin/users")) {
			return "{\"username\":\"u\",\"password\":\"p\",\"role\":\"OFFICER\",\"postCode\":\"UZYAL\",\"organizationId\":null}";
		}
		if (p.startsWith("/api/webhooks")) {
			return "{\"url\":\"https://hooks.example.com/karvon\",\"events\":[\"consignment.overdue\"]}";
		}
		if (p.contains("/admin/organizations")) {
			return "{\"name\":\"Fuzz Carrier\",\"country\":\"UZ\"}";
		}
		return "{\"consignor\":{\"name\":\"A\",\"country\":\"UZ\",\"address\":\"T\"},\"consignee\":{\"name\":\"B\","
				+ "\"country\":\"KZ\",\"address\":\"A\"},\"departurePost\":\"UZTAS\",\"destinationPost\":\"KZALA\","
				+ "\"itinerary\":[\"UZ\",\"KZ\"],\"transport\":{\"mode\":\"ROAD\",\"vehiclePlates\":[\"01A123BC\"],"
				+ "\"containers\":[]},\"seals\":[\"UZ1234567\"],\"goods\":[{\"hsCode\":\"520100\",\"description\":\"c\","
				+ "\"packages\":1,\"grossMassKg\":\"1\",\"value\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}]}";
	}

	static String path(Endpoint endpoint, String number, int kind, long seed) {
		Random random = new Random(seed);
		String path = endpoint.path(number, "UZYAL");
		return switch (kind) {
			case 0 -> path;
			case 1 -> path.replaceFirst("/", "//").replace("/api/", random.nextBoolean() ? "/api//" : "/api/");
			case 2 -> path + "/";
			case 3 -> percentEncodeOne(path, random);
			case 4 -> insertAt(path, random, random.nextBoolean() ? "/.." : "/%2e%2e");
			case 5 -> random.nextBoolean() ? path.toUpperCase() : toggleOne(path, random);
			case 6 -> endpoint.path("9".repeat(19 + random.nextInt(4000)), "1".repeat(6 + random.nextInt(300)));
			case 7 -> insertAt(path, random, PERCENT_JUNK[random.nextInt(PERCENT_JUNK.length)]);
			case 8 -> path + "?page=-1&size=99999999999999999999&qr=%ff%fe&status=%00x&fromSeq=abc&limit=-7&country=%c3"
					+ (random.nextBoolean() ? "&q=a%00b&%00=1" : "&q=%ed%a0%80")
					+ "&q=" + "%25".repeat(random.nextInt(50));
			case 9 -> insertAt(path, random, "/.");
			default -> endpoint.path(number.toLowerCase(), "uzyal;jsessionid=1");
		};
	}

	static byte[] body(String template, int kind, long seed) {
		Random random = new Random(seed);
		return switch (kind) {
			case 0 -> null;
			case 1 -> utf8(template);
			case 2 -> utf8(template.substring(0, random.nextInt(template.length())));
			case 3 -> utf8(wrongType(template, random));
			case 4 -> utf8(template.replaceFirst(":\"[^\"]*\"", ":\"" + "x".repeat(1_000 + random.nextInt(200_000)) + "\""));
			case 5 -> utf8(template.replaceFirst(":\\[[^\\]]*]", ":[" + "\"AB1\",".repeat(1_000 + random.nextInt(30_000)) + "1]"));
			case 6 -> oversized(template, random);
			case 7 -> invalidUtf8(template, random);
			case 8 -> randomBytes(random);
			case 9 -> utf8("[".repeat(100 + random.nextInt(5_000)));
			case 10 -> new byte[0];
			case 12, 13 -> unstorable(template, random);
			default -> utf8(template.replaceFirst("\\{", "{\"__proto__\":null,\"id\":1e999999,\"x\":-0.0e-99999,"));
		};
	}

	/**
	 * Text PostgreSQL refuses or cannot represent, in a value or a key: the JSON escape of U+0000 (text
	 * and jsonb refuse it), unpaired surrogate escapes (no UTF-8 form), a raw NUL byte and raw control
	 * characters (invalid JSON), and invalid UTF-8 (overlong, CESU-8 surrogates, truncated sequences).
	 */
	static byte[] unstorable(String template, Random random) {
		String[] escapes = { "\\u0000", "x\\u0000y", "\\u0000\\u0000", "\\ud800", "\\udfff", "a\\ud800b",
				"\\udc00\\ud800", "\\ud83d", "\\U0000", "\\u00", "\\u0000" + "z".repeat(random.nextInt(3_000)) };
		String escape = java.util.regex.Matcher.quoteReplacement(escapes[random.nextInt(escapes.length)]);
		return switch (random.nextInt(5)) {
			case 0 -> utf8(template.replaceFirst(":\"([^\"]*)\"", ":\"$1" + escape + "\""));
			case 1 -> utf8(template.replaceAll(":\"([^\"]*)\"", ":\"" + escape + "$1\""));
			case 2 -> utf8(template.replaceFirst("\\{\"", "{\"" + escape + "k\":1,\""));
			case 3 -> {
				byte[][] raw = { { 0x00 }, { 0x01 }, { 0x1f }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xED, (byte) 0xB0, (byte) 0x80 },
						{ (byte) 0xE2, (byte) 0x82 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
				yield insertInString(utf8(template), raw[random.nextInt(raw.length)]);
			}
			default -> utf8(template.replaceFirst(":\\[\"", ":[\"" + escape));
		};
	}

	/** The bytes placed right after the first string's opening quote. */
	private static byte[] insertInString(byte[] bytes, byte[] insert) {
		int at = 0;
		for (int quotes = 0; at < bytes.length && quotes < 3; at++) {
			if (bytes[at] == '"') {
				quotes++;
			}
		}
		byte[] out = new byte[bytes.length + insert.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(insert, 0, out, at, insert.length);
		System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
		return out;
	}

	private static byte[] oversized(String template, Random random) {
		int extra = LIMIT + 1 + random.nextInt(128 * 1024);
		return utf8(template.replaceFirst("\\{", "{\"padding\":\"" + "p".repeat(extra) + "\","));
	}

	private static String wrongType(String template, Random random) {
		String[] values = { "123", "true", "null", "[]", "{}", "[1,[2,{}]]", "-1e308", "\"\\u0000\"", "\"\\ud800\"",
				"99999999999999999999999999999", "\"2026-13-45T99:99:99Z\"" };
		String value = values[random.nextInt(values.length)];
		return random.nextBoolean() ? template.replaceAll(":\"[^\"]*\"", ":" + value)
				: template.replaceFirst(":(\"[^\"]*\"|\\[[^\\]]*]|\\d+)", ":" + value);
	}

	private static byte[] invalidUtf8(String template, Random random) {
		byte[] bytes = utf8(template);
		byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF } };
		byte[] insert = bad[random.nextInt(bad.length)];
		int at = 1 + random.nextInt(bytes.length - 1);
		byte[] out = new byte[bytes.length + insert.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(insert, 0, out, at, insert.length);
		System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
		return out;
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(4_096)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static String percentEncodeOne(String path, Random random) {
		int at = 1 + random.nextInt(path.length() - 1);
		return path.substring(0, at) + String.format("%%%02X", (int) path.charAt(at)) + path.substring(at + 1);
	}

	private static String toggleOne(String path, Random random) {
		int at = random.nextInt(path.length());
		char c = path.charAt(at);
		char toggled = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
		return path.substring(0, at) + toggled + path.substring(at + 1);
	}

	private static String insertAt(String path, Random random, String insert) {
		int at = 1 + random.nextInt(path.length() - 1);
		return path.substring(0, at) + insert + path.substring(at);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static Attack attack(Endpoint endpoint, String number, String method, String role, String contentType, int pathKind,
			int bodyKind, long seed) {
		String path = path(endpoint, number, pathKind, seed);
		byte[] body = body(template(endpoint, number), bodyKind, seed);
		return new Attack(method, path, role, body == null ? null : contentType, body);
	}

}
