package org.karvon.signing;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Verifies QR tokens of both formats against a {@link KeyRing}: {@code KV1:} COSE tokens
 * ({@link CoseTokens}, issued now) and the JWS tokens printed before ({@link JwsTokens}). Thread-safe
 * and allocation-light: it sits on the scan path. The Ed25519 check uses BouncyCastle's RFC 8032
 * implementation with each public key decoded once. Every input is bounded and read in linear time;
 * anything that is not exactly a token we issue is {@link Verification.Malformed}, never an exception.
 */
public final class QrTokenVerifier {

	/** Longest token of either format accepted. */
	public static final int MAX_LENGTH = CoseTokens.MAX_LENGTH;

	private final Map<String, Ed25519.PublicPoint> publicKeys = new HashMap<>();

	private final java.util.Set<String> revoked;

	/** Verifies with every key of the ring; a genuine signature by one of its revoked keys is {@link Verification.Revoked}. */
	public QrTokenVerifier(KeyRing keyRing) {
		this.revoked = keyRing.revokedKids();
		for (SigningKey key : keyRing.keysAndRevoked()) {
			Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(key.publicKeyBytes(), 0);
			if (point == null) {
				throw new IllegalArgumentException("Invalid Ed25519 public key " + key.kid());
			}
			this.publicKeys.put(key.kid(), point);
		}
	}

	public Verification verify(String token) {
		if (token == null || token.isEmpty()) {
			return new Verification.Malformed("empty");
		}
		if (token.length() > MAX_LENGTH) {
			return new Verification.Malformed("longer than " + MAX_LENGTH + " characters");
		}
		try {
			Verification verified = token.startsWith(CoseTokens.PREFIX) ? CoseTokens.verify(token, this.publicKeys)
					: JwsTokens.verify(token, this.publicKeys);
			return (verified instanceof Verification.Genuine genuine && this.revoked.contains(genuine.kid()))
					? new Verification.Revoked(genuine.kid()) : verified;
		}
		catch (ParseException | RuntimeException ex) {
			return new Verification.Malformed("invalid token: " + ex.getMessage());
		}
	}

	/**
	 * The number a token claims, <em>unverified</em>: only to find the record whose issued token is
	 * then compared with the scanned text character for character.
	 */
	public static Optional<String> peekNumber(String token) {
		return (token != null && token.startsWith(CoseTokens.PREFIX)) ? CoseTokens.peekNumber(token) : Optional.empty();
	}

}
