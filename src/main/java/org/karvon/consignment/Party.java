package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.Optional;

/**
 * A consignor or consignee: who sends or receives the goods.
 */
public record Party(String name, CountryCode country, String address, Optional<String> taxId) {

	public static final int MAX_NAME = 200;

	public static final int MAX_ADDRESS = 500;

	public static final int MAX_TAX_ID = 50;

	public Party {
		name = RawText.text(name, MAX_NAME);
		address = RawText.text(address, MAX_ADDRESS);
		if (country == null) {
			throw new InvalidValueException("country is required");
		}
		taxId = (taxId != null) ? taxId.flatMap((id) -> RawText.optionalText(id, MAX_TAX_ID)) : Optional.empty();
	}

}
