package org.karvon.signing;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Verifies QR tokens against a {@link KeyRing}. Thread-safe and allocation-light: it sits on the scan
 * path. The Ed25519 check uses BouncyCastle's RFC 8032 implementation with each public key decoded
 * once (standard Ed25519, several times faster than the JDK provider Nimbus uses). Base64url segments
 * must be canonical, so no changed character in a token can ever come out {@link Verification.Genuine}.
 */
public final class QrTokenVerifier {

	/** Longest token accepted; a real one is a few hundred characters. */
	public static final int MAX_LENGTH = 2000;

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final Map<String, Ed25519.PublicPoint> publicKeys = new HashMap<>();

	public QrTokenVerifier(KeyRing keyRing) {
		for (SigningKey key : keyRing.keys()) {
			Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(key.publicKeyBytes(), 0);
			if (point == null) {
				throw new IllegalArgumentException("Invalid Ed25519 public key " + key.kid());
			}
			this.publicKeys.put(key.kid(), point);
		}
	}

	public Verification verify(String token) {
		try {
			return check(token);
		}
		catch (ParseException | RuntimeException ex) {
			return new Verification.Malformed("invalid token: " + ex.getMessage());
		}
	}

	private Verification check(String token) throws ParseException {
		if (token == null || token.isEmpty()) {
			return new Verification.Malformed("empty");
		}
		if (token.length() > MAX_LENGTH) {
			return new Verification.Malformed("longer than " + MAX_LENGTH + " characters");
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return new Verification.Malformed("not a JWS compact serialization");
		}
		Optional<byte[]> header = decode(parts[0]);
		Optional<byte[]> payload = decode(parts[1]);
		Optional<byte[]> signature = decode(parts[2]);
		if (header.isEmpty() || payload.isEmpty() || signature.isEmpty()) {
			return new Verification.Malformed("not canonical base64url");
		}
		Map<String, Object> json = JSONObjectUtils.parse(new String(header.get(), StandardCharsets.UTF_8));
		if (!"EdDSA".equals(json.get("alg")) || json.containsKey("crit") || json.size() != 2) {
			return new Verification.Malformed("header must be exactly {\"alg\":\"EdDSA\",\"kid\":…}");
		}
		if (!(json.get("kid") instanceof String kid)) {
			return new Verification.Malformed("kid missing");
		}
		Ed25519.PublicPoint publicKey = this.publicKeys.get(kid);
		if (publicKey == null) {
			return new Verification.UnknownKey(kid);
		}
		byte[] signingInput = token.substring(0, parts[0].length() + 1 + parts[1].length())
				.getBytes(StandardCharsets.US_ASCII);
		if (signature.get().length != Ed25519.SIGNATURE_SIZE
				|| !Ed25519.verify(signature.get(), 0, publicKey, signingInput, 0, signingInput.length)) {
			return new Verification.Forged(kid);
		}
		return new Verification.Genuine(ClaimsJson.read(new String(payload.get(), StandardCharsets.UTF_8)), kid);
	}

	/** Strict base64url: no padding, and re-encoding must give back exactly the same characters. */
	private static Optional<byte[]> decode(String segment) {
		if (segment.isEmpty() || segment.indexOf('=') >= 0) {
			return Optional.empty();
		}
		try {
			byte[] bytes = DECODER.decode(segment);
			return ENCODER.encodeToString(bytes).equals(segment) ? Optional.of(bytes) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
