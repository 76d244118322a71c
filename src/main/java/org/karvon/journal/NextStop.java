package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.util.Optional;

import org.karvon.kernel.CountryCode;
import org.karvon.consignment.Itinerary;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.Registry;

/**
 * Where cargo is heading once it departs or leaves a country: the post across the border when the
 * exit post has a counterpart, otherwise the next country on the itinerary. Only member states
 * run Karvon posts, so only they are told.
 */
public final class NextStop {

	private NextStop() {
	}

	public static Optional<Expected> after(EventType type, CustomsPost post, Itinerary itinerary, Registry registry) {
		if (type != EventType.DEPARTURE && type != EventType.EXIT) {
			return Optional.empty();
		}
		if (type == EventType.EXIT && post.counterpart() != null) {
			Optional<CustomsPost> across = registry.post(post.counterpart());
			if (across.isPresent() && registry.isMember(across.get().country())) {
				return Optional.of(new Expected(across.get().country(), across.get().code()));
			}
		}
		return nextCountry(itinerary, new CountryCode(post.country())).filter((next) -> registry.isMember(next.toString()))
			.map((next) -> new Expected(next.toString(), null));
	}

	private static Optional<CountryCode> nextCountry(Itinerary itinerary, CountryCode from) {
		int at = itinerary.indexOf(from);
		return (at >= 0 && at + 1 < itinerary.countries().size()) ? Optional.of(itinerary.countries().get(at + 1))
				: Optional.empty();
	}

	/** A country that should expect the cargo and, when known, the post it will show up at. */
	public record Expected(String country, String postCode) {
	}

}
