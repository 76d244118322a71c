package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.karvon.kernel.CountryCode;

/**
 * Where the journal has the cargo, derived from its accepted events: the countries entered so far (in
 * order, starting with the country of departure), the country it is in, and — between an exit and
 * the next entry — the country it last left.
 */
public record Trail(List<CountryCode> countriesEntered, Optional<CountryCode> currentCountry,
		Optional<CountryCode> lastExitCountry) {

	public Trail {
		countriesEntered = List.copyOf(countriesEntered);
	}

	public static Trail startingIn(CountryCode departureCountry) {
		return new Trail(List.of(departureCountry), Optional.of(departureCountry), Optional.empty());
	}

	/** Replays stored events, oldest first. */
	public static Trail replay(CountryCode departureCountry, List<StoredEvent> events) {
		Trail trail = startingIn(departureCountry);
		for (StoredEvent event : events) {
			trail = trail.after(event.type(), event.country());
		}
		return trail;
	}

	/**
	 * The trail after an event at a post in {@code country}. An exit leaves the cargo between
	 * countries; an entry puts it in {@code country}; any other event seen where the journal does not
	 * have the cargo puts it there, because the officer saw it there. An enquiry is no sighting.
	 */
	public Trail after(EventType type, CountryCode country) {
		if (type == EventType.ENQUIRY) {
			return this;
		}
		if (type == EventType.EXIT) {
			return new Trail(this.countriesEntered, Optional.empty(), Optional.of(country));
		}
		if (type == EventType.ENTRY ? isIn(country) : placesCargoIn(country)) {
			return this;
		}
		List<CountryCode> entered = new ArrayList<>(this.countriesEntered);
		entered.add(country);
		return new Trail(entered, Optional.of(country), Optional.empty());
	}

	public boolean isIn(CountryCode country) {
		return this.currentCountry.filter(country::equals).isPresent();
	}

	/** In {@code country}, or just left it and not yet entered another (still at its border). */
	public boolean placesCargoIn(CountryCode country) {
		return this.currentCountry.map(country::equals).orElseGet(() -> this.lastExitCountry.filter(country::equals)
			.isPresent());
	}

	/** The country the cargo is in or, between countries, the one it last left. */
	public CountryCode lastKnownCountry() {
		return this.currentCountry.or(() -> this.lastExitCountry).orElseThrow();
	}

}
