package org.karvon.consignment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.karvon.kernel.InvalidValueException;

/**
 * When a consignment must have arrived. Either the carrier <em>declared</em> it at registration (or in
 * an amendment), or Karvon set it by {@link TransitTime}: {@code transitDays} after registration,
 * moved to {@code transitDays} after the DEPARTURE when that is recorded. A consignment still open
 * (registered, in transit or held) after its deadline is <em>overdue</em>; arrival ends that.
 */
public record TransitDeadline(Instant at, boolean declared, int transitDays) {

	/** A declared deadline may lie at most this far ahead (the longest transit the region sees, with margin). */
	public static final int MAX_DAYS = 180;

	private static final int MAX_TEXT = 40;

	public TransitDeadline {
		if (at == null || transitDays < 1 || transitDays > MAX_DAYS) {
			throw new IllegalArgumentException("a deadline needs an instant and 1 to " + MAX_DAYS + " transit days");
		}
	}

	public static TransitDeadline byRule(Instant from, TransitTime time) {
		return new TransitDeadline(from.plus(Duration.ofDays(time.days())), false, time.days());
	}

	public static TransitDeadline declared(Instant at, TransitTime time) {
		return new TransitDeadline(at, true, time.days());
	}

	/** A declared deadline from the request: ISO-8601 with offset, after {@code now}, at most {@value #MAX_DAYS} days ahead. */
	public static Instant parseDeclared(String raw, Instant now) {
		if (raw.length() > MAX_TEXT) {
			throw new InvalidValueException("must be an ISO-8601 date-time with offset, e.g. 2026-05-01T18:00:00+05:00");
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(raw.trim()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException("must be an ISO-8601 date-time with offset, e.g. 2026-05-01T18:00:00+05:00");
		}
		if (!at.isAfter(now)) {
			throw new InvalidValueException("must be in the future; it is " + now + " now");
		}
		if (at.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
			throw new InvalidValueException("must be at most " + MAX_DAYS + " days ahead");
		}
		return at;
	}

	/** Whether a consignment in {@code status} is overdue at {@code now}: still on its way, past the deadline. */
	public boolean passedFor(ConsignmentStatus status, Instant now) {
		return status.awaitsArrival() && now.isAfter(at);
	}

}
