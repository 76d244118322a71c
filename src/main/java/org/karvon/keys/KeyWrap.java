package org.karvon.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM key wrapping for one {@link KeyPurpose}. A wrapped key is
 * {@code 0x01 ‖ 12-byte random nonce ‖ ciphertext ‖ 16-byte tag}; the associated data is
 * {@code purpose label ‖ 0x00 ‖ kid} (UTF-8), so a wrapped key moved to another row or purpose fails
 * to unwrap, as does any key wrapped under another master key.
 */
public final class KeyWrap {

	static final int KEY_BYTES = 32;

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeyPurpose purpose;

	private final SecretKeySpec key;

	KeyWrap(KeyPurpose purpose, byte[] key) {
		this.purpose = purpose;
		this.key = new SecretKeySpec(key, "AES");
	}

	public KeyPurpose purpose() {
		return purpose;
	}

	public byte[] wrap(String kid, byte[] secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, kid, secret);
		return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
	}

	/** The secret, or {@link UnwrapFailed} when the master key, purpose or kid is not the one it was wrapped with. */
	public byte[] unwrap(String kid, byte[] wrapped) {
		if (wrapped.length < 1 + NONCE_BYTES + TAG_BITS / 8 || wrapped[0] != VERSION) {
			throw new UnwrapFailed(purpose, kid);
		}
		byte[] nonce = Arrays.copyOfRange(wrapped, 1, 1 + NONCE_BYTES);
		try {
			return run(Cipher.DECRYPT_MODE, nonce, kid, Arrays.copyOfRange(wrapped, 1 + NONCE_BYTES, wrapped.length));
		}
		catch (IllegalStateException ex) {
			throw new UnwrapFailed(purpose, kid);
		}
	}

	private byte[] run(int mode, byte[] nonce, String kid, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD((purpose.label() + "\0" + kid).getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed", ex);
		}
	}

	/** A wrapped key that the configured master key does not open. */
	public static final class UnwrapFailed extends RuntimeException {

		UnwrapFailed(KeyPurpose purpose, String kid) {
			super("the master key does not unwrap the " + purpose.label() + " key " + kid);
		}

	}

}
