package org.karvon.signing;

import java.time.Instant;
import java.util.List;

/** Claims and keys the signing tests share. */
final class Fixtures {

	static final Instant ISSUED = Instant.parse("2026-11-05T09:30:00Z");

	private Fixtures() {
	}

	/** The example consignment of the API contract. */
	static QrClaims exampleClaims() {
		return new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, ISSUED, "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567"));
	}

	/** A long haul: 3 plates, 4 containers, 10 seals, 5 countries. */
	static QrClaims bigClaims() {
		return new QrClaims("26UZ9T3K7M2PX8Q4R1", 3, ISSUED, "UZTAS", "AZRBR", List.of("UZ", "TM", "AZ", "GE", "TR"),
				List.of("01A123BC", "01B456DE", "01C789FG"),
				List.of("MSCU1234565", "TGHU7654321", "CMAU3456789", "MAEU9876543"),
				List.of("UZ1234567", "UZ1234568", "UZ1234569", "UZ1234570", "UZ1234571", "UZ1234572", "UZ1234573",
						"UZ1234574", "UZ1234575", "UZ1234576"));
	}

	static SigningKey key(String kid, String createdAt) {
		return SigningKeys.generate(kid, Instant.parse(createdAt));
	}

}
