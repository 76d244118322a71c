package org.karvon.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;

/**
 * Signs whole documents (evidence bundles) as compact JWS (EdDSA) with a key of their own purpose (never a QR
 * signing key), so they verify offline against that key's published JWKS.
 */
public final class DocumentSigner {

	public static final JOSEObjectType EVIDENCE_TYPE = new JOSEObjectType("karvon-evidence+jws");

	private final SigningKey key;

	public DocumentSigner(SigningKey key) {
		this.key = key;
	}

	public String sign(String json) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.kid()).type(EVIDENCE_TYPE).build();
		JWSObject jws = new JWSObject(header, new Payload(json));
		try {
			jws.sign(new Ed25519Signer(key.keyPair()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot sign with key " + key.kid(), ex);
		}
		return jws.serialize();
	}

}
