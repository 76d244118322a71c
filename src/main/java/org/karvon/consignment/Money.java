package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.math.BigDecimal;

/**
 * A non-negative amount in a currency, with no more decimals than the currency's minor unit.
 */
public record Money(BigDecimal amount, CurrencyCode currency) {

	public Money {
		if (amount == null || currency == null) {
			throw new InvalidValueException("amount and currency are required");
		}
		if (amount.signum() < 0) {
			throw new InvalidValueException("must not be negative");
		}
		int digits = currency.fractionDigits();
		if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
			throw new InvalidValueException(currency + " amounts have at most " + digits + " decimals");
		}
	}

	public static Money parse(String amount, String currency) {
		return new Money(RawText.decimal(amount), CurrencyCode.parse(currency));
	}

}
