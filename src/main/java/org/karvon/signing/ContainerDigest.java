package org.karvon.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A commitment to an ordered container list, carried by the QR token instead of the list when the
 * list is long (block trains): the count and SHA-256 over the list's canonical encoding — each
 * container number's ASCII bytes followed by one line feed (0x0A), in declaration order. So
 * {@code ["MSCU1234565","TGHU7654321"]} hashes {@code "MSCU1234565\nTGHU7654321\n"}. The full
 * 32 bytes are kept: the carrier chooses the list, and a truncated digest would let it search for
 * two lists with the same commitment (a birthday search costs 2^(bits/2)).
 *
 * @param count how many containers the list has
 * @param sha256 the digest, 64 lower-case hex digits
 */
public record ContainerDigest(int count, String sha256) {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	public ContainerDigest {
		if (count < 0 || sha256 == null || !HEX.matcher(sha256).matches()) {
			throw new IllegalArgumentException("a container digest is a count and 64 lower-case hex digits");
		}
	}

	public static ContainerDigest of(List<String> containers) {
		MessageDigest sha256 = newSha256();
		for (String container : containers) {
			sha256.update(container.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) '\n');
		}
		return new ContainerDigest(containers.size(), HexFormat.of().formatHex(sha256.digest()));
	}

	static ContainerDigest of(int count, byte[] sha256) {
		if (sha256.length != 32) {
			throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
		}
		return new ContainerDigest(count, HexFormat.of().formatHex(sha256));
	}

	byte[] bytes() {
		return HexFormat.of().parseHex(this.sha256);
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
