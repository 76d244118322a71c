package org.karvon.signing;

import java.io.ByteArrayOutputStream;

import COSE.CoseException;
import COSE.KeyKeys;
import COSE.Message;
import COSE.MessageTag;
import COSE.OneKey;
import COSE.Sign1Message;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.upokecenter.cbor.CBORObject;

/**
 * What a partner system does with a {@code KV1:} token and nothing of Karvon's code: RFC 9285
 * Base45 written from the RFC here, then the COSE working group's Java library (cose-java) checks
 * the COSE_Sign1 with the public key taken from the published JWKS.
 */
public final class ThirdPartyCose {

	private static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

	static {
		// cose-java's EdDSA comes from the i2p provider it depends on
		java.security.Security.addProvider(new net.i2p.crypto.eddsa.EdDSASecurityProvider());
	}

	private ThirdPartyCose() {
	}

	public static boolean verifies(String token, OctetKeyPair publicJwk) throws CoseException {
		return message(token).validate(okp(publicJwk));
	}

	/** The claims map, as cose-java reads it, for a token that verifies. */
	public static CBORObject claims(String token) throws CoseException {
		return CBORObject.DecodeFromBytes(message(token).GetContent());
	}

	public static String kid(String token) throws CoseException {
		return new String(message(token).findAttribute(COSE.HeaderKeys.KID).GetByteString(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Sign1Message message(String token) throws CoseException {
		if (!token.startsWith("KV1:")) {
			throw new CoseException("not a KV1 token");
		}
		return (Sign1Message) Message.DecodeFromBytes(base45(token.substring(4)), MessageTag.Sign1);
	}

	private static OneKey okp(OctetKeyPair jwk) throws CoseException {
		CBORObject key = CBORObject.NewMap();
		key.Add(KeyKeys.KeyType.AsCBOR(), KeyKeys.KeyType_OKP);
		key.Add(KeyKeys.OKP_Curve.AsCBOR(), KeyKeys.OKP_Ed25519);
		key.Add(KeyKeys.OKP_X.AsCBOR(), CBORObject.FromObject(jwk.getDecodedX()));
		return new OneKey(key);
	}

	private static byte[] base45(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i += 3) {
			int n = 0;
			for (int j = Math.min(i + 2, text.length() - 1); j >= i; j--) {
				n = n * 45 + BASE45.indexOf(text.charAt(j));
			}
			if (i + 2 < text.length()) {
				out.write(n >> 8);
			}
			out.write(n & 0xFF);
		}
		return out.toByteArray();
	}

}
