package org.karvon.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Claims and keys the signing tests share. */
public final class Fixtures {

	static final Instant ISSUED = Instant.parse("2026-11-05T09:30:00Z");

	private Fixtures() {
	}

	/** The example consignment of the API contract. */
	public static QrClaims exampleClaims() {
		return new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, ISSUED, "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567"));
	}

	/** A long haul: 3 plates, 4 containers, 10 seals, 5 countries. */
	public static QrClaims bigClaims() {
		return new QrClaims("26UZ9T3K7M2PX8Q4R1", 3, ISSUED, "UZTAS", "AZRBR", List.of("UZ", "TM", "AZ", "GE", "TR"),
				List.of("01A123BC", "01B456DE", "01C789FG"),
				List.of("MSCU1234565", "TGHU7654321", "CMAU3456789", "MAEU9876543"),
				List.of("UZ1234567", "UZ1234568", "UZ1234569", "UZ1234570", "UZ1234571", "UZ1234572", "UZ1234573",
						"UZ1234574", "UZ1234575", "UZ1234576"));
	}

	/** The block train of issue 14: 91 twenty-foot containers, Uzbekistan → Turkmenistan → Azerbaijan. */
	public static QrClaims blockTrain() {
		return new QrClaims("26UZ7B3T9R2AIN4X15", 1, ISSUED, "UZTAS", "AZBAK", List.of("UZ", "TM", "AZ"),
				List.of("UZ-RAIL-2041"), containers(91), List.of("UZ7000001", "UZ7000002"));
	}

	/** The largest road declaration the registration limits allow (10 plates of 15, 20 containers, 50 seals of 20, 12 countries). */
	public static QrClaims largestDeclaration() {
		List<String> plates = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			plates.add("01A" + i + "23BCDEFGHIJ");
		}
		List<String> seals = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			seals.add(String.format("UZ-%017d", 12345678901234L + i));
		}
		return new QrClaims("26UZ9T3K7M2PX8Q4R1", 999, ISSUED, "UZTAS", "TRIST",
				List.of("UZ", "TM", "AZ", "GE", "TR", "KZ", "KG", "TJ", "AF", "IR", "AM", "RU"), plates, containers(20), seals);
	}

	/** {@code count} distinct ISO 6346 container numbers (check digits not computed: the token does not care). */
	public static List<String> containers(int count) {
		List<String> containers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			containers.add(String.format("KZCU%07d", 3054380 + i));
		}
		return containers;
	}

	static SigningKey key(String kid, String createdAt) {
		return SigningKeys.generate(kid, Instant.parse(createdAt));
	}

}
