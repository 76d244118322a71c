package org.karvon.signing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.upokecenter.cbor.CBOREncodeOptions;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The QR token format: {@code KV1:} followed by the Base45 (RFC 9285) text of a tagged COSE_Sign1
 * (RFC 9052) — {@code 18([protected, {}, payload, signature])} — with
 * <ul>
 * <li>{@code protected} = the bytes of {@code {1: -8, 4: h'<kid as UTF-8>'}} (alg EdDSA, kid),</li>
 * <li>an empty unprotected header,</li>
 * <li>{@code payload} = the bytes of the claims map of {@link ClaimsCbor},</li>
 * <li>{@code signature} = Ed25519 over {@code Sig_structure = ["Signature1", protected, h'', payload]}.</li>
 * </ul>
 * All CBOR is deterministic (RFC 8949 §4.2: shortest forms, definite lengths, sorted keys) and read
 * back strictly: anything not in exactly this shape is malformed, so the text of a genuine token has
 * no second spelling. Base45 keeps the whole text inside the QR alphanumeric alphabet.
 */
final class CoseTokens {

	static final String PREFIX = "KV1:";

	/** What a version-40 code at level M holds in alphanumeric mode. */
	static final int MAX_LENGTH = 3391;

	private static final int TAG_SIGN1 = 0xD2;

	private static final int ALG = 1, KID = 4, EDDSA = -8;

	private CoseTokens() {
	}

	static String sign(SigningKey key, QrClaims claims) {
		byte[] protectedHeader = canonical(CBORObject.NewMap().Add(ALG, EDDSA)
			.Add(KID, key.kid().getBytes(StandardCharsets.UTF_8)));
		byte[] payload = canonical(ClaimsCbor.write(claims));
		byte[] toSign = sigStructure(protectedHeader, payload);
		byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
		Ed25519.sign(key.privateKeyBytes(), 0, toSign, 0, toSign.length, signature, 0);
		byte[] sign1 = canonical(CBORObject.NewArray().Add(protectedHeader).Add(CBORObject.NewMap()).Add(payload)
			.Add(signature));
		return PREFIX + Base45.encode(tagged(sign1));
	}

	/** @throws IllegalArgumentException (or a CBOR exception) when the token is not in exactly the issued shape */
	static Verification verify(String token, Map<String, Ed25519.PublicPoint> publicKeys) {
		CBORObject sign1 = sign1(token).orElseThrow(() -> new IllegalArgumentException("not a Base45 COSE_Sign1"));
		byte[] protectedHeader = sign1.get(0).GetByteString();
		byte[] payload = sign1.get(2).GetByteString();
		byte[] signature = sign1.get(3).GetByteString();
		String kid = kid(protectedHeader);
		Ed25519.PublicPoint publicKey = publicKeys.get(kid);
		if (publicKey == null) {
			return new Verification.UnknownKey(kid);
		}
		byte[] signed = sigStructure(protectedHeader, payload);
		if (!Ed25519.verify(signature, 0, publicKey, signed, 0, signed.length)) {
			return new Verification.Forged(kid);
		}
		return new Verification.Genuine(ClaimsCbor.read(strict(payload)), kid);
	}

	/** The number claim of a token, unverified: only for finding the record to compare with. */
	static Optional<String> peekNumber(String token) {
		try {
			return sign1(token).map((sign1) -> strict(sign1.get(2).GetByteString()).get(ClaimsCbor.NUMBER))
				.filter((number) -> number.getType() == CBORType.TextString)
				.map(CBORObject::AsString);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<CBORObject> sign1(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		Optional<byte[]> bytes = Base45.decode(token.substring(PREFIX.length()));
		if (bytes.isEmpty() || bytes.get().length < 2 || (bytes.get()[0] & 0xFF) != TAG_SIGN1) {
			return Optional.empty();
		}
		CBORObject sign1 = strict(Arrays.copyOfRange(bytes.get(), 1, bytes.get().length));
		boolean shaped = sign1.getType() == CBORType.Array && sign1.size() == 4
				&& sign1.get(0).getType() == CBORType.ByteString && sign1.get(1).getType() == CBORType.Map
				&& sign1.get(1).size() == 0 && sign1.get(2).getType() == CBORType.ByteString
				&& sign1.get(3).getType() == CBORType.ByteString
				&& sign1.get(3).GetByteString().length == Ed25519.SIGNATURE_SIZE;
		return shaped ? Optional.of(sign1) : Optional.empty();
	}

	private static String kid(byte[] protectedHeader) {
		CBORObject header = strict(protectedHeader);
		boolean shaped = header.getType() == CBORType.Map && header.size() == 2 && header.get(ALG) != null
				&& header.get(ALG).getType() == CBORType.Integer && header.get(ALG).CanValueFitInInt32()
				&& header.get(ALG).AsInt32Value() == EDDSA && header.get(KID) != null
				&& header.get(KID).getType() == CBORType.ByteString;
		if (!shaped) {
			throw new IllegalArgumentException("protected header must be exactly {1: -8, 4: kid}");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(header.get(KID).GetByteString())).toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("kid is not UTF-8", ex);
		}
	}

	private static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
		return canonical(CBORObject.NewArray().Add("Signature1").Add(protectedHeader).Add(new byte[0]).Add(payload));
	}

	/** Decodes one deterministic data item: shortest forms, sorted unique keys, nothing after it, depth ≤ 4. */
	private static CBORObject strict(byte[] bytes) {
		return CBORObject.DecodeFromBytes(bytes, CBOREncodeOptions.DefaultCtap2Canonical);
	}

	private static byte[] canonical(CBORObject object) {
		return object.EncodeToBytes(CBOREncodeOptions.DefaultCtap2Canonical);
	}

	private static byte[] tagged(byte[] sign1) {
		byte[] bytes = new byte[sign1.length + 1];
		bytes[0] = (byte) TAG_SIGN1;
		System.arraycopy(sign1, 0, bytes, 1, sign1.length);
		return bytes;
	}

}
