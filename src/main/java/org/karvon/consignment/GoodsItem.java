package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of goods: what it is (HS code, description), how it is packed, how much it weighs and
 * what it is worth. Net mass, when given, never exceeds gross mass.
 */
public record GoodsItem(HsCode hsCode, String description, int packages, BigDecimal grossMassKg,
		Optional<BigDecimal> netMassKg, Money value) {

	public static final int MAX_DESCRIPTION = 500;

	public GoodsItem {
		description = RawText.text(description, MAX_DESCRIPTION);
		if (hsCode == null || value == null || grossMassKg == null || netMassKg == null) {
			throw new InvalidValueException("hsCode, gross mass and value are required");
		}
		if (packages < 1) {
			throw new InvalidValueException("must have at least 1 package");
		}
		if (grossMassKg.signum() <= 0) {
			throw new InvalidValueException("gross mass must be greater than 0");
		}
		netMassKg.ifPresent((net) -> {
			if (net.signum() <= 0 || net.compareTo(grossMassKg) > 0) {
				throw new InvalidValueException("net mass must be greater than 0 and at most the gross mass");
			}
		});
	}

}
