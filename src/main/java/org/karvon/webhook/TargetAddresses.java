package org.karvon.webhook;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses a webhook may be delivered to: only globally routable unicast ones. A carrier
 * must not be able to make Karvon call its own network (databases, metadata services, the admin
 * actuator) — the classic server-side request forgery. The check runs on the address bytes, so every
 * spelling of an address (decimal, IPv4-mapped IPv6 …) ends in the same verdict.
 */
public final class TargetAddresses {

	private TargetAddresses() {
	}

	/** Why the address is refused (e.g. {@code "loopback"}), or empty for a public address. */
	public static Optional<String> refusal(InetAddress address) {
		byte[] bytes = address.getAddress();
		return Optional.ofNullable(bytes.length == 4 ? ipv4(bytes, 0) : ipv6(bytes));
	}

	private static String ipv4(byte[] b, int at) {
		int a = b[at] & 0xff;
		int c = b[at + 1] & 0xff;
		int d = b[at + 2] & 0xff;
		if (a == 0) {
			return "unspecified (0.0.0.0/8)";
		}
		if (a == 127) {
			return "loopback";
		}
		if (a == 10 || (a == 172 && (c & 0xf0) == 16) || (a == 192 && c == 168)) {
			return "private";
		}
		if (a == 100 && (c & 0xc0) == 64) {
			return "carrier-grade NAT (100.64.0.0/10)";
		}
		if (a == 169 && c == 254) {
			return "link-local";
		}
		if (a == 192 && c == 0 && (d == 0 || d == 2)) {
			return "reserved (192.0.0.0/24, 192.0.2.0/24)";
		}
		if ((a == 198 && (c & 0xfe) == 18) || (a == 198 && c == 51 && d == 100) || (a == 203 && c == 0 && d == 113)) {
			return "reserved for benchmarks or documentation";
		}
		if (a >= 224 && a <= 239) {
			return "multicast";
		}
		return a >= 240 ? "reserved (240.0.0.0/4, broadcast)" : null;
	}

	private static String ipv6(byte[] b) {
		if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
			return "IPv4-mapped IPv6";
		}
		if (isZero(b, 0, 12)) {
			return isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1) ? (b[15] == 0 ? "unspecified" : "loopback")
					: "IPv4-compatible IPv6";
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		if (first == 0xff) {
			return "multicast";
		}
		if (first == 0xfe && (second & 0xc0) == 0x80) {
			return "link-local";
		}
		if (first == 0xfe && (second & 0xc0) == 0xc0) {
			return "site-local";
		}
		if ((first & 0xfe) == 0xfc) {
			return "unique local (fc00::/7)";
		}
		return special(b, first, second);
	}

	/** Global-looking prefixes that embed or stand for other addresses, or are never routed. */
	private static String special(byte[] b, int first, int second) {
		if ((first & 0xe0) != 0x20) {
			return "not global unicast (outside 2000::/3)";
		}
		if (first == 0x20 && second == 0x02) {
			return "6to4 (2002::/16)";
		}
		if (first == 0x20 && second == 0x01 && (b[2] & 0xfe) == 0) {
			return "IETF special purpose (2001::/23: Teredo, ORCHID, benchmarking)";
		}
		if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
			return "documentation (2001:db8::/32)";
		}
		return null;
	}

	private static boolean isZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
