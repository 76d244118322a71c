package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * References to the same movement under other transit regimes: a TIR carnet, an NCTS declaration
 * and an electronic consignment note (e-CMR). All optional.
 */
public record RegimeLinks(Optional<String> tirCarnet, Optional<NctsMrn> nctsMrn, Optional<String> ecmrId) {

	public static final int MAX_ECMR_ID = 64;

	private static final Pattern TIR_CARNET = Pattern.compile("[A-Z]{2}\\d{8}");

	public RegimeLinks {
		tirCarnet = tirCarnet.map(RegimeLinks::tirCarnet);
		ecmrId = ecmrId.map((id) -> RawText.text(id, MAX_ECMR_ID));
		if (nctsMrn == null) {
			throw new InvalidValueException("nctsMrn must be present or empty");
		}
	}

	public static RegimeLinks none() {
		return new RegimeLinks(Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** A TIR carnet number: two letters and eight digits, such as XH12345678. */
	public static String tirCarnet(String raw) {
		String carnet = RawText.code(raw);
		if (!TIR_CARNET.matcher(carnet).matches()) {
			throw new InvalidValueException("must be 2 letters and 8 digits like XH12345678, got '" + carnet + "'");
		}
		return carnet;
	}

}
