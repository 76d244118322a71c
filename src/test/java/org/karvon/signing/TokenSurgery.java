package org.karvon.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import com.nimbusds.jose.JWSObject;
import com.upokecenter.cbor.CBORObject;

/**
 * Cuts into issued QR tokens of either format for tests: finds the kid, alters signed bytes under
 * the old signature, changes a character of the signature without leaving the alphabet.
 */
public final class TokenSurgery {

	private TokenSurgery() {
	}

	public static boolean isCose(String token) {
		return token.startsWith(CoseTokens.PREFIX);
	}

	public static String kid(String token) {
		if (!isCose(token)) {
			try {
				return JWSObject.parse(token).getHeader().getKeyID();
			}
			catch (java.text.ParseException ex) {
				throw new IllegalArgumentException(ex);
			}
		}
		CBORObject header = CBORObject.DecodeFromBytes(sign1(token).get(0).GetByteString());
		return new String(header.get(4).GetByteString(), StandardCharsets.UTF_8);
	}

	/** The signed claims, unverified: JSON for a JWS, CBOR diagnostic notation for a COSE token. */
	public static String claimsText(String token) {
		if (!isCose(token)) {
			return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		}
		return CBORObject.DecodeFromBytes(sign1(token).get(2).GetByteString()).toString();
	}

	/** The token with {@code from} replaced by {@code to} (same length) in its signed bytes, signature kept. */
	public static String withSignedTextReplaced(String token, String from, String to) {
		if (!isCose(token)) {
			String[] parts = token.split("\\.");
			String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
			return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
				.encodeToString(payload.replace(from, to).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		}
		HexFormat hex = HexFormat.of();
		String bytes = hex.formatHex(bytes(token)).replace(hex.formatHex(from.getBytes(StandardCharsets.UTF_8)),
				hex.formatHex(to.getBytes(StandardCharsets.UTF_8)));
		return CoseTokens.PREFIX + Base45.encode(hex.parseHex(bytes));
	}

	/** A KV1 token with the hex bytes {@code from} replaced by {@code to} once (the signature is kept). */
	public static String withSignedBytesReplaced(String token, String from, String to) {
		String bytes = HexFormat.of().formatHex(bytes(token)).replaceFirst(from, to);
		return CoseTokens.PREFIX + Base45.encode(HexFormat.of().parseHex(bytes));
	}

	/** The token with one character of its signature changed, still in the token's alphabet. */
	public static String withSignatureCharacterChanged(String token) {
		if (!isCose(token)) {
			int at = token.lastIndexOf('.') + 20;
			return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
		}
		// the first character of a group weighs 1: one step down (or up from 0) stays canonical
		int group = (bytes(token).length - 20) / 2;
		int at = CoseTokens.PREFIX.length() + 3 * group;
		int value = Base45.ALPHABET.indexOf(token.charAt(at));
		char changed = Base45.ALPHABET.charAt(value > 0 ? value - 1 : value + 1);
		return token.substring(0, at) + changed + token.substring(at + 1);
	}

	/** Index of the first and after the last character that encode only claims bytes. */
	public static int[] claimsCharacters(String token) {
		if (!isCose(token)) {
			return new int[] { token.indexOf('.') + 1, token.lastIndexOf('.') };
		}
		CBORObject sign1 = sign1(token);
		int start = 2 + sign1.get(0).EncodeToBytes().length + 1 + 2;
		int end = start + sign1.get(2).GetByteString().length;
		int prefix = CoseTokens.PREFIX.length();
		return new int[] { prefix + 3 * ((start + 1) / 2), prefix + 3 * (end / 2) };
	}

	static byte[] bytes(String token) {
		return Base45.decode(token.substring(CoseTokens.PREFIX.length())).orElseThrow();
	}

	private static CBORObject sign1(String token) {
		byte[] bytes = bytes(token);
		return CBORObject.DecodeFromBytes(Arrays.copyOfRange(bytes, 1, bytes.length));
	}

}
