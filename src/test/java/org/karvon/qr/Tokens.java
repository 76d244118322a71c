package org.karvon.qr;

import java.time.Instant;
import java.util.List;

import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.SigningKeys;

/** Real signed tokens, so the QR tests work with the length and alphabet of production text. */
final class Tokens {

	private static final QrTokenSigner SIGNER = new QrTokenSigner(
			KeyRing.of(SigningKeys.generate("k-2026-11-a1b2", Instant.parse("2026-11-01T00:00:00Z"))));

	private static final Instant ISSUED = Instant.parse("2026-11-05T09:30:00Z");

	private Tokens() {
	}

	/** The API contract's example consignment. */
	static String example() {
		return SIGNER.sign(new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, ISSUED, "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567")));
	}

	/** The example as the JWS tokens printed before carried it. */
	static String exampleJws() {
		return SIGNER.signJws(new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, ISSUED, "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567")));
	}

	/** 3 plates, 4 containers, 10 seals, 5 countries. */
	static String big() {
		return SIGNER.sign(new QrClaims("26UZ9T3K7M2PX8Q4R1", 3, ISSUED, "UZTAS", "AZRBR",
				List.of("UZ", "TM", "AZ", "GE", "TR"), List.of("01A123BC", "01B456DE", "01C789FG"),
				List.of("MSCU1234565", "TGHU7654321", "CMAU3456789", "MAEU9876543"),
				List.of("UZ1234567", "UZ1234568", "UZ1234569", "UZ1234570", "UZ1234571", "UZ1234572", "UZ1234573",
						"UZ1234574", "UZ1234575", "UZ1234576")));
	}

}
