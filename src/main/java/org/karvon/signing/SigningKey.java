package org.karvon.signing;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * One Ed25519 key that signs (or once signed) QR tokens. An inactive key no longer signs new tokens
 * but still verifies the tokens it signed earlier; a key that must stop verifying is removed from the
 * {@link KeyRing}.
 * <p>
 * {@link #toJson()} stores the key, private part included, as a JWK ({@code kid}, {@code iat} =
 * creation time); the {@code active} flag is kept next to it by the store (a table column).
 *
 * @param kid the key id carried in every token header, e.g. {@code k-2026-11-a1b2}
 * @param keyPair the Ed25519 key pair with its private part
 * @param createdAt when the key was generated (seconds precision)
 * @param active whether the key may sign new tokens
 */
public record SigningKey(String kid, OctetKeyPair keyPair, Instant createdAt, boolean active) {

	public SigningKey {
		Objects.requireNonNull(kid, "kid");
		Objects.requireNonNull(keyPair, "keyPair");
		Objects.requireNonNull(createdAt, "createdAt");
		if (!Curve.Ed25519.equals(keyPair.getCurve()) || !keyPair.isPrivate()) {
			throw new IllegalArgumentException("An Ed25519 key pair with its private part is required");
		}
		if (!kid.equals(keyPair.getKeyID())) {
			throw new IllegalArgumentException("kid " + kid + " differs from the JWK kid " + keyPair.getKeyID());
		}
	}

	/** Reads a key stored with {@link #toJson()}. */
	public static SigningKey fromJson(String jwkJson, boolean active) {
		try {
			OctetKeyPair keyPair = OctetKeyPair.parse(jwkJson);
			Date issued = keyPair.getIssueTime();
			Instant createdAt = (issued != null) ? issued.toInstant() : Instant.EPOCH;
			return new SigningKey(keyPair.getKeyID(), keyPair, createdAt, active);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not an Ed25519 private JWK: " + ex.getMessage(), ex);
		}
	}

	/** The private JWK as JSON — a secret: store it, never publish or log it. */
	public String toJson() {
		return this.keyPair.toJSONString();
	}

	/** The public half as published in the JWKS: {@code kid}, {@code alg=EdDSA}, {@code use=sig}. */
	public OctetKeyPair publicJwk() {
		return new OctetKeyPair.Builder(Curve.Ed25519, this.keyPair.getX())
				.keyID(this.kid)
				.algorithm(JWSAlgorithm.EdDSA)
				.keyUse(KeyUse.SIGNATURE)
				.build();
	}

	/** The raw 32-byte public key. */
	byte[] publicKeyBytes() {
		return this.keyPair.getDecodedX();
	}

	/** The raw 32-byte private key (seed), for signing. */
	byte[] privateKeyBytes() {
		return this.keyPair.getDecodedD();
	}

	@Override
	public String toString() {
		return "SigningKey[kid=" + this.kid + ", createdAt=" + this.createdAt + ", active=" + this.active + "]";
	}

}
