package org.karvon.transparency;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** RFC 8032 Ed25519 (pure, no context) by BouncyCastle: 32-byte seeds and public keys, 64-byte signatures. */
final class Ed25519 {

	static final int KEY_BYTES = 32;

	static final int SIGNATURE_BYTES = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ed25519() {
	}

	static byte[] newSeed() {
		byte[] seed = new byte[KEY_BYTES];
		RANDOM.nextBytes(seed);
		return seed;
	}

	static byte[] publicKey(byte[] seed) {
		return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
	}

	static byte[] sign(byte[] seed, byte[] message) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
		signer.update(message, 0, message.length);
		return signer.generateSignature();
	}

	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (publicKey.length != KEY_BYTES || signature.length != SIGNATURE_BYTES) {
			return false;
		}
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
		verifier.update(message, 0, message.length);
		return verifier.verifySignature(signature);
	}

}
