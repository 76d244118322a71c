package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A C2SP signed-note verifier key, written {@code <name>+<key id as 8 lower-case hex digits>+<base64(type ‖
 * 32-byte Ed25519 public key)>}. The key id is the first 4 bytes (big-endian) of
 * {@code SHA-256(name ‖ 0x0A ‖ type ‖ public key)}; {@link #parse} refuses a key whose id does not match.
 * <p>
 * Type {@code 0x01} verifies an Ed25519 signature of the note text itself. Type {@code 0x04}
 * (C2SP tlog-cosignature {@code cosignature/v1}) verifies a signature line payload of an 8-byte big-endian
 * Unix timestamp followed by an Ed25519 signature of {@link #cosignedMessage}.
 */
public record VerifierKey(String name, KeyType type, byte[] publicKey) {

	public VerifierKey {
		KeyNames.check(name);
		if (publicKey.length != Ed25519.KEY_BYTES) {
			throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
		}
		publicKey = publicKey.clone();
	}

	public static VerifierKey parse(String encoded) {
		String[] parts = encoded.split("\\+", 3);
		if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
			throw new IllegalArgumentException("a verifier key is <name>+<8 hex digits>+<base64 key>");
		}
		byte[] key = Notes.base64(parts[2]);
		if (key.length != 1 + Ed25519.KEY_BYTES) {
			throw new IllegalArgumentException("the key is one type byte and a 32-byte Ed25519 public key");
		}
		VerifierKey parsed = new VerifierKey(parts[0], KeyType.of(key[0]), Arrays.copyOfRange(key, 1, key.length));
		if (parsed.keyId() != (int) Long.parseLong(parts[1], 16)) {
			throw new IllegalArgumentException("the key id " + parts[1] + " does not belong to this name and key");
		}
		return parsed;
	}

	public static int keyId(String name, KeyType type, byte[] publicKey) {
		byte[] hash = MerkleTree.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] { 0x0A, type.id() }, publicKey);
		return ByteBuffer.wrap(hash, 0, 4).getInt();
	}

	public int keyId() {
		return keyId(name, type, publicKey);
	}

	/** C2SP tlog-cosignature: {@code "cosignature/v1\ntime <decimal seconds>\n"} followed by the note text. */
	public static byte[] cosignedMessage(long timestamp, String text) {
		return ("cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n" + text).getBytes(StandardCharsets.UTF_8);
	}

	/** Whether this key made {@code signature} (its name and key id already matched) over the note text. */
	public boolean verifies(String text, NoteSignature signature) {
		byte[] payload = signature.payload();
		if (!signature.name().equals(name) || signature.keyId() != keyId() || payload.length != type.payloadBytes()) {
			return false;
		}
		if (type == KeyType.ED25519) {
			return Ed25519.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), payload);
		}
		long timestamp = ByteBuffer.wrap(payload, 0, 8).getLong();
		return Ed25519.verify(publicKey, cosignedMessage(timestamp, text), Arrays.copyOfRange(payload, 8, payload.length));
	}

	@Override
	public byte[] publicKey() {
		return publicKey.clone();
	}

	@Override
	public String toString() {
		byte[] key = ByteBuffer.allocate(1 + Ed25519.KEY_BYTES).put(type.id()).put(publicKey).array();
		return name + "+" + HexFormat.of().toHexDigits(keyId()) + "+" + Base64.getEncoder().encodeToString(key);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof VerifierKey key && key.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

}
