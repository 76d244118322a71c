package org.karvon.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.QrTokenVerifier;
import org.karvon.signing.SigningKeys;
import org.karvon.signing.TokenSurgery;

/**
 * Damages or forges a genuine QR token the ways an attacker would: one character changed, added or
 * dropped, segments swapped between tokens, claims edited under the old signature, a fresh key
 * claiming the real kid, {@code alg: none}, junk — on JWS and KV1 tokens alike.
 */
public final class Forgery {

	public static final int KINDS = 12;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ $%*:\u00e9\u0000";

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder B64D = Base64.getUrlDecoder();

	private Forgery() {
	}

	public static String mutate(List<String> genuine, int kind, long seed) {
		Random random = new Random(seed);
		String token = genuine.get(random.nextInt(genuine.size()));
		int at = random.nextInt(token.length());
		char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		if (TokenSurgery.isCose(token) && kind >= 5 && kind <= 9) {
			return forgedKv1(genuine, token, kind, random);
		}
		String[] parts = token.split("\\.", -1);
		return switch (kind) {
			case 0 -> token.substring(0, at) + c + token.substring(at + 1);
			case 1 -> token.substring(0, at) + c + token.substring(at);
			case 2 -> token.substring(0, at) + token.substring(at + 1);
			case 3 -> at + 1 < token.length() ? token.substring(0, at) + token.charAt(at + 1) + token.charAt(at)
					+ token.substring(at + 2) : token + token.charAt(0);
			case 4 -> token.substring(0, at);
			case 5 -> mixSegments(genuine, random);
			case 6 -> token.substring(0, at) + flipCase(token.charAt(at)) + token.substring(at + 1);
			case 7 -> resignedWithAFreshKey(parts, random.nextBoolean());
			case 8 -> B64.encodeToString(("{\"alg\":\"none\",\"kid\":\"" + kid(parts) + "\"}").getBytes(StandardCharsets.UTF_8))
					+ "." + parts[1] + "." + (random.nextBoolean() ? "" : parts[2]);
			case 9 -> editedClaims(parts, random);
			case 10 -> junk(random);
			default -> random.nextBoolean() ? token + "." + token : " " + token + "\n";
		};
	}

	/** The same attacks on a KV1 token: spliced halves, a fresh key, another algorithm, edited claims. */
	private static String forgedKv1(List<String> genuine, String token, int kind, Random random) {
		String other = genuine.get(random.nextInt(genuine.size()));
		int cut = 4 + 3 * random.nextInt((Math.min(token.length(), other.length()) - 4) / 3);
		return switch (kind) {
			case 5 -> token.substring(0, cut) + other.substring(cut);
			case 7 -> new QrTokenSigner(KeyRing.of(SigningKeys.generate(random.nextBoolean() ? TokenSurgery.kid(token)
					: "k-2099-01-ffff"))).sign(claimsNaming(QrTokenVerifier.peekNumber(token).orElseThrow()));
			case 8 -> TokenSurgery.withSignedBytesReplaced(token, "0127", random.nextBoolean() ? "0126" : "0100");
			default -> random.nextBoolean() ? TokenSurgery.withSignedTextReplaced(token, "UZ1234567", "UZ7654321")
					: TokenSurgery.withSignedBytesReplaced(token, "2001", "2002");
		};
	}

	private static QrClaims claimsNaming(String number) {
		return new QrClaims(number, 1, Instant.now(), "UZTAS", "KZALA", List.of("UZ", "KZ"), List.of("01A123BC"),
				List.of(), List.of("UZ1234567"));
	}

	private static String mixSegments(List<String> genuine, Random random) {
		String[] a = genuine.get(random.nextInt(genuine.size())).split("\\.");
		String[] b = genuine.get(random.nextInt(genuine.size())).split("\\.");
		return random.nextBoolean() ? a[0] + "." + b[1] + "." + a[2] : b[0] + "." + a[1] + "." + b[2];
	}

	private static String resignedWithAFreshKey(String[] parts, boolean sameKid) {
		String kid = sameKid ? kid(parts) : "k-2099-01-ffff";
		try {
			JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid).build(),
					new Payload(B64D.decode(parts[1])));
			jws.sign(new Ed25519Signer(SigningKeys.generate(kid).keyPair()));
			return jws.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String editedClaims(String[] parts, Random random) {
		String claims = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
		String edited = switch (random.nextInt(4)) {
			case 0 -> claims.replaceFirst("\"v\":\\d+", "\"v\":99").replaceFirst("\"version\":\\d+", "\"version\":99");
			case 1 -> claims.replaceFirst("UZ1234567", "UZ7654321");
			case 2 -> claims + " ";
			default -> claims.replaceFirst("\\d", "7");
		};
		return parts[0] + "." + B64.encodeToString(edited.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
	}

	private static String junk(Random random) {
		int length = random.nextInt(10) == 0 ? 4_097 + random.nextInt(6_000) : random.nextInt(300);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(random.nextBoolean() ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
					: (char) (random.nextInt(0xD7FF) + 1));
		}
		return text.toString();
	}

	private static String kid(String[] parts) {
		String header = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
		return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
	}

	private static char flipCase(char c) {
		return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
	}

}
