package org.karvon.journal;

import java.time.Duration;
import java.time.Instant;
import org.karvon.consignment.EventType;
import java.util.EnumSet;
import java.util.Set;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

/**
 * Finds the {@link Anomaly anomalies} of an event that the transition rules accept.
 */
final class AnomalyRules {

	/**
	 * An hour: longer than any honest clock skew or retry, shorter than an offline shift at a mountain
	 * post, whose events a reviewer should see were written down long after the fact.
	 */
	static final Duration RECORDED_LATE_AFTER = Duration.ofHours(1);

	private AnomalyRules() {
	}

	static Set<Anomaly> of(JourneyState state, EventType type, PostCode post, Instant occurredAt, Instant recordedAt) {
		Set<Anomaly> found = of(state, type, post);
		if (Duration.between(occurredAt, recordedAt).compareTo(RECORDED_LATE_AFTER) > 0) {
			found.add(Anomaly.RECORDED_LATE);
		}
		return found;
	}

	static Set<Anomaly> of(JourneyState state, EventType type, PostCode post) {
		Trail trail = state.trail();
		CountryCode country = post.country();
		return switch (type) {
			case DEPARTURE, ENQUIRY -> EnumSet.noneOf(Anomaly.class);
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
