package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.PostCode;
import java.time.Instant;

/**
 * Where a consignment was last seen: the post of its latest movement event, and when.
 */
public record CurrentLocation(CountryCode country, PostCode postCode, Instant at) {

	public CurrentLocation {
		if (!postCode.country().equals(country)) {
			throw new InvalidValueException("post " + postCode + " is not in " + country);
		}
	}

	public static CurrentLocation at(PostCode postCode, Instant at) {
		return new CurrentLocation(postCode.country(), postCode, at);
	}

}
