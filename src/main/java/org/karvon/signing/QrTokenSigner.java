package org.karvon.signing;

/**
 * Signs QR claims with the ring's current key, as a {@code KV1:} COSE token ({@link CoseTokens}):
 * the contract example needs QR version 9 at level M where the JWS needed 13.
 * {@link #signJws} still writes the earlier JWS format, for tests and tools that need a token as
 * documents printed before carry it.
 */
public final class QrTokenSigner {

	private final SigningKey key;

	public QrTokenSigner(KeyRing keyRing) {
		this.key = keyRing.current();
	}

	/** The kid of the key this signer uses. */
	public String kid() {
		return this.key.kid();
	}

	public String sign(QrClaims claims) {
		return CoseTokens.sign(this.key, claims);
	}

	/** The earlier format: a JWS compact serialization over {@link ClaimsJson}. */
	public String signJws(QrClaims claims) {
		return JwsTokens.sign(this.key, claims);
	}

}
