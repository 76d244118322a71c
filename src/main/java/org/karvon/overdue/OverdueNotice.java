package org.karvon.overdue;

import java.time.Instant;
import java.util.List;

/**
 * What Karvon announces about a consignment that passed its transit deadline without arriving: the
 * {@code data} of the feed's {@code OVERDUE} CloudEvent and of the webhook {@code consignment.overdue}.
 * {@code lastSeenPost} and {@code lastSeenAt} are where and when the cargo was last placed, or null.
 */
public record OverdueNotice(String number, String status, Instant transitDeadline, boolean transitDeadlineDeclared,
		String departurePost, String destinationPost, List<String> itinerary, String lastSeenPost, Instant lastSeenAt,
		Instant announcedAt) {

	public static final String TYPE = "OVERDUE";

	public OverdueNotice {
		itinerary = List.copyOf(itinerary);
	}

}
