package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.Currency;

/**
 * An ISO 4217 currency code such as {@code USD}.
 */
public record CurrencyCode(String value) {

	public CurrencyCode {
		value = RawText.code(value);
		try {
			Currency.getInstance(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("'" + value + "' is not an ISO 4217 currency code");
		}
	}

	public static CurrencyCode parse(String raw) {
		return new CurrencyCode(raw);
	}

	/** Decimal places of the minor unit (2 for USD, 0 for JPY), or -1 when not applicable. */
	public int fractionDigits() {
		return Currency.getInstance(this.value).getDefaultFractionDigits();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
