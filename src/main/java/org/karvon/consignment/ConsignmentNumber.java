package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import java.time.Year;
import java.util.random.RandomGenerator;

/**
 * The number of a consignment, in the 18-character MRN layout: 2-digit year, issuing country, 13
 * characters and a {@link MrnCheck check character}. Generated numbers only use characters that are
 * safe to read aloud and type by hand (no 0/O, no 1/I).
 */
public record ConsignmentNumber(String value) {

	static final String TYPABLE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final int BODY_LENGTH = 13;

	public ConsignmentNumber {
		value = MrnLayout.normalise(value);
		CountryCode.parse(value.substring(2, 4));
	}

	public static ConsignmentNumber parse(String raw) {
		return new ConsignmentNumber(raw);
	}

	public static ConsignmentNumber generate(Year year, CountryCode issuing, RandomGenerator random) {
		StringBuilder payload = new StringBuilder(MrnLayout.LENGTH)
			.append(String.format("%02d", year.getValue() % 100))
			.append(issuing.value());
		for (int i = 0; i < BODY_LENGTH; i++) {
			payload.append(TYPABLE.charAt(random.nextInt(TYPABLE.length())));
		}
		return new ConsignmentNumber(payload.append(MrnCheck.checkCharacterOf(payload)).toString());
	}

	public CountryCode issuingCountry() {
		return CountryCode.parse(this.value.substring(2, 4));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
