package org.karvon.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The key-encryption key: 32 random bytes kept in a file outside the database ({@code KARVON_MASTER_KEY_FILE}).
 * The file holds either the 32 raw bytes or their base64 (standard or URL alphabet, surrounding whitespace
 * ignored). It never wraps anything itself: each purpose gets its own AES-256 key,
 * {@code HKDF-SHA256(ikm = master key, salt = none, info = "karvon key wrap v1 " ‖ purpose label)} (RFC 5869).
 */
public final class MasterKey {

	public static final int BYTES = 32;

	private static final String INFO = "karvon key wrap v1 ";

	private final byte[] key;

	private MasterKey(byte[] key) {
		this.key = key.clone();
	}

	/** Reads the content of a master key file: 32 raw bytes, or 32 bytes in base64. */
	public static MasterKey parse(byte[] content) {
		if (content.length == BYTES) {
			return new MasterKey(content);
		}
		String text = new String(content, StandardCharsets.US_ASCII).strip();
		byte[] decoded;
		try {
			decoded = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
					: Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("a master key file holds 32 raw bytes or their base64", ex);
		}
		if (decoded.length != BYTES) {
			throw new IllegalArgumentException("a master key is 32 bytes, this one " + decoded.length);
		}
		return new MasterKey(decoded);
	}

	/** The file content written for a new master key: base64 and a newline. */
	public static byte[] encode(byte[] key) {
		if (key.length != BYTES) {
			throw new IllegalArgumentException("a master key is 32 bytes");
		}
		return (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** The wrapping key of one purpose. */
	public KeyWrap wrapFor(KeyPurpose purpose) {
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
		hkdf.init(new HKDFParameters(key, null, (INFO + purpose.label()).getBytes(StandardCharsets.US_ASCII)));
		byte[] derived = new byte[KeyWrap.KEY_BYTES];
		hkdf.generateBytes(derived, 0, derived.length);
		try {
			return new KeyWrap(purpose, derived);
		}
		finally {
			Arrays.fill(derived, (byte) 0);
		}
	}

	@Override
	public String toString() {
		return "MasterKey[hidden]";
	}

}
