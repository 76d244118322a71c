package org.karvon.journal;

import java.util.EnumSet;
import java.util.Set;

import org.karvon.consignment.CountryCode;
import org.karvon.consignment.PostCode;

/**
 * Finds the {@link Anomaly anomalies} of an event that the transition rules accept.
 */
final class AnomalyRules {

	private AnomalyRules() {
	}

	static Set<Anomaly> of(JourneyState state, EventType type, PostCode post) {
		Trail trail = state.trail();
		CountryCode country = post.country();
		return switch (type) {
			case DEPARTURE -> EnumSet.noneOf(Anomaly.class);
			case EXIT -> exit(trail, country);
			case ENTRY -> entry(state, country);
			case ARRIVAL -> {
				Set<Anomaly> found = seenAt(trail, country);
				if (!post.equals(state.destinationPost())) {
					found.add(Anomaly.WRONG_POST);
				}
				yield found;
			}
			default -> seenAt(trail, country);
		};
	}

	private static Set<Anomaly> exit(Trail trail, CountryCode country) {
		if (trail.currentCountry().isEmpty() && trail.lastExitCountry().filter(country::equals).isPresent()) {
			return EnumSet.of(Anomaly.DUPLICATE_CROSSING);
		}
		return trail.isIn(country) ? EnumSet.noneOf(Anomaly.class) : EnumSet.of(Anomaly.MISSING_ENTRY);
	}

	private static Set<Anomaly> entry(JourneyState state, CountryCode country) {
		Trail trail = state.trail();
		if (trail.isIn(country)) {
			return EnumSet.of(Anomaly.DUPLICATE_CROSSING);
		}
		Set<Anomaly> found = EnumSet.noneOf(Anomaly.class);
		if (trail.currentCountry().isPresent()) {
			found.add(Anomaly.MISSING_EXIT);
		}
		if (!state.itinerary().isNextAfter(trail.lastKnownCountry(), country)) {
			found.add(Anomaly.ROUTE_DEVIATION);
		}
		return found;
	}

	private static Set<Anomaly> seenAt(Trail trail, CountryCode country) {
		return trail.placesCargoIn(country) ? EnumSet.noneOf(Anomaly.class) : EnumSet.of(Anomaly.LOCATION_MISMATCH);
	}

}
