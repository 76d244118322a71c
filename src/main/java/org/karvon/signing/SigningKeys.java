package org.karvon.signing;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;

/** Creates new Ed25519 signing keys and their key ids. */
public final class SigningKeys {

	private static final DateTimeFormatter KID_MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

	private static final SecureRandom RANDOM = new SecureRandom();

	private SigningKeys() {
	}

	/** A new active key created now, with a fresh kid like {@code k-2026-11-a1b2}. */
	public static SigningKey generate() {
		Instant now = Instant.now();
		return generate(newKid(now), now);
	}

	/** A new active key with the given kid, created now. */
	public static SigningKey generate(String kid) {
		return generate(kid, Instant.now());
	}

	/** A new active key with the given kid and creation time (truncated to seconds). */
	public static SigningKey generate(String kid, Instant createdAt) {
		Instant created = createdAt.truncatedTo(ChronoUnit.SECONDS);
		try {
			var keyPair = new OctetKeyPairGenerator(Curve.Ed25519)
					.keyID(kid)
					.algorithm(JWSAlgorithm.EdDSA)
					.keyUse(KeyUse.SIGNATURE)
					.issueTime(Date.from(created))
					.generate();
			return new SigningKey(kid, keyPair, created, true);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Ed25519 key generation failed", ex);
		}
	}

	/** A key id: {@code k-}, the UTC year and month of {@code at}, and four random hex digits. */
	public static String newKid(Instant at) {
		byte[] random = new byte[2];
		RANDOM.nextBytes(random);
		return "k-" + KID_MONTH.format(at) + "-" + HexFormat.of().formatHex(random);
	}

}
