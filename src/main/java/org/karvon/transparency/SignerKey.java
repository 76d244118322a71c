package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A private note key: the log's checkpoint key ({@link KeyType#ED25519}) or a witness's cosigning key
 * ({@link KeyType#COSIGNATURE_V1}). Written like Go's {@code golang.org/x/mod/sumdb/note} signer keys,
 * {@code PRIVATE+KEY+<name>+<8 hex key id>+<base64(type ‖ 32-byte Ed25519 seed)>}, so it can be kept in a file.
 */
public final class SignerKey {

	private static final String PREFIX = "PRIVATE+KEY+";

	private final String name;

	private final KeyType type;

	private final byte[] seed;

	private final VerifierKey verifier;

	private SignerKey(String name, KeyType type, byte[] seed) {
		this.name = KeyNames.check(name);
		this.type = type;
		this.seed = seed.clone();
		this.verifier = new VerifierKey(name, type, Ed25519.publicKey(seed));
	}

	public static SignerKey generate(String name, KeyType type) {
		return new SignerKey(name, type, Ed25519.newSeed());
	}

	public static SignerKey parse(String encoded) {
		String[] parts = encoded.strip().split("\\+", 5);
		if (parts.length != 5 || !encoded.startsWith(PREFIX)) {
			throw new IllegalArgumentException("a signer key is PRIVATE+KEY+<name>+<key id>+<base64 key>");
		}
		byte[] key = Notes.base64(parts[4]);
		if (key.length != 1 + Ed25519.KEY_BYTES) {
			throw new IllegalArgumentException("the key is one type byte and a 32-byte Ed25519 seed");
		}
		SignerKey parsed = new SignerKey(parts[2], KeyType.of(key[0]), Arrays.copyOfRange(key, 1, key.length));
		if (!HexFormat.of().toHexDigits(parsed.verifier.keyId()).equals(parts[3])) {
			throw new IllegalArgumentException("the key id does not belong to this key");
		}
		return parsed;
	}

	public String name() {
		return name;
	}

	public VerifierKey verifierKey() {
		return verifier;
	}

	/** An Ed25519 note signature of {@code text}. */
	public NoteSignature sign(String text) {
		requireType(KeyType.ED25519);
		return new NoteSignature(name, verifier.keyId(), Ed25519.sign(seed, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A C2SP {@code cosignature/v1} of the note text at {@code timestamp} (Unix seconds). */
	public NoteSignature cosign(String text, long timestamp) {
		requireType(KeyType.COSIGNATURE_V1);
		byte[] signature = Ed25519.sign(seed, VerifierKey.cosignedMessage(timestamp, text));
		byte[] payload = ByteBuffer.allocate(8 + signature.length).putLong(timestamp).put(signature).array();
		return new NoteSignature(name, verifier.keyId(), payload);
	}

	public String encode() {
		byte[] key = ByteBuffer.allocate(1 + Ed25519.KEY_BYTES).put(type.id()).put(seed).array();
		return PREFIX + name + "+" + HexFormat.of().toHexDigits(verifier.keyId()) + "+" + Base64.getEncoder().encodeToString(key);
	}

	private void requireType(KeyType expected) {
		if (type != expected) {
			throw new IllegalStateException(name + " is a " + type + " key, not " + expected);
		}
	}

	@Override
	public String toString() {
		return "SignerKey[" + verifier + "]";
	}

}
