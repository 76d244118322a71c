package org.karvon.signing;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The first QR token format, still on documents on the road: a JWS compact serialization with the
 * protected header {@code {"kid":"…","alg":"EdDSA"}} (no {@code typ}) over the JSON of
 * {@link ClaimsJson}. Base64url segments must be canonical, so no changed character can ever come
 * out {@link Verification.Genuine}.
 */
final class JwsTokens {

	/** Longest token accepted; a real one is a few hundred characters. */
	static final int MAX_LENGTH = 2000;

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private JwsTokens() {
	}

	static String sign(SigningKey key, QrClaims claims) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.kid()).build();
		JWSObject jws = new JWSObject(header, new Payload(ClaimsJson.write(claims)));
		try {
			jws.sign(new Ed25519Signer(key.keyPair()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing with " + key.kid() + " failed", ex);
		}
		return jws.serialize();
	}

	static Verification verify(String token, Map<String, Ed25519.PublicPoint> publicKeys) throws ParseException {
		if (token.length() > MAX_LENGTH) {
			return new Verification.Malformed("longer than " + MAX_LENGTH + " characters");
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return new Verification.Malformed("neither a KV1 token nor a JWS compact serialization");
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
		Ed25519.PublicPoint publicKey = publicKeys.get(kid);
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
