package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.InvalidValueException;
import java.util.List;

/**
 * The countries a consignment passes, in order, from the country of departure to the country of
 * destination. A country may appear again later (leaving and re-entering), but never twice in a row.
 */
public record Itinerary(List<CountryCode> countries) {

	public static final int MIN = 2;

	public static final int MAX = 12;

	public Itinerary {
		countries = List.copyOf(countries);
		if (countries.size() < MIN || countries.size() > MAX) {
			throw new InvalidValueException("must list " + MIN + " to " + MAX + " countries, got " + countries.size());
		}
		for (int i = 1; i < countries.size(); i++) {
			if (countries.get(i).equals(countries.get(i - 1))) {
				throw new InvalidValueException(countries.get(i) + " is listed twice in a row");
			}
		}
	}

	public static Itinerary of(String... countries) {
		return new Itinerary(List.of(countries).stream().map(CountryCode::parse).toList());
	}

	public CountryCode first() {
		return this.countries.get(0);
	}

	public CountryCode last() {
		return this.countries.get(this.countries.size() - 1);
	}

	public boolean contains(CountryCode country) {
		return this.countries.contains(country);
	}

	/** Position of the first occurrence of {@code country}, or -1. */
	public int indexOf(CountryCode country) {
		return this.countries.indexOf(country);
	}

	/** Whether {@code next} directly follows {@code previous} somewhere on the itinerary. */
	public boolean isNextAfter(CountryCode previous, CountryCode next) {
		for (int i = 1; i < this.countries.size(); i++) {
			if (this.countries.get(i - 1).equals(previous) && this.countries.get(i).equals(next)) {
				return true;
			}
		}
		return false;
	}

}
