package org.karvon.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;

/**
 * Signs QR claims with the ring's current key. The token is a JWS compact serialization with the
 * protected header {@code {"alg":"EdDSA","kid":"…"}} — no {@code typ}: the keys sign nothing but QR
 * tokens, and every byte counts in the QR code.
 */
public final class QrTokenSigner {

	private final SigningKey key;

	private final Ed25519Signer signer;

	public QrTokenSigner(KeyRing keyRing) {
		this.key = keyRing.current();
		try {
			this.signer = new Ed25519Signer(this.key.keyPair());
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException("Unusable signing key " + this.key.kid(), ex);
		}
	}

	/** The kid of the key this signer uses. */
	public String kid() {
		return this.key.kid();
	}

	public String sign(QrClaims claims) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(this.key.kid()).build();
		JWSObject jws = new JWSObject(header, new Payload(ClaimsJson.write(claims)));
		try {
			jws.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing with " + this.key.kid() + " failed", ex);
		}
		return jws.serialize();
	}

}
