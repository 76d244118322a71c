package org.karvon.journal;

/**
 * Something odd about an accepted event. Anomalies never refuse an event (the cargo is where the
 * officer sees it); they are stored with it and flag the consignment for attention.
 */
public enum Anomaly {

	/** Entry into a country that is off the itinerary, or not the next one after the country left. */
	ROUTE_DEVIATION,

	/** Entry into a new country while the journal still has the cargo in another one (no exit recorded). */
	MISSING_EXIT,

	/** Exit from a country the journal does not have the cargo in (no entry recorded). */
	MISSING_ENTRY,

	/** Exit from the country just exited again, or entry into the country the cargo is already in. */
	DUPLICATE_CROSSING,

	/** Arrival at a post other than the declared destination post. */
	WRONG_POST,

	/** An inspection, seal check, hold, release, incident, arrival or completion recorded at a post
	 * next to where the journal has the cargo (across the border, or in the country expecting it) but
	 * not in its country. Farther away the access policy refuses the event ({@code CARGO_NOT_HERE}). */
	LOCATION_MISMATCH,

	/**
	 * Recorded more than {@link AnomalyRules#RECORDED_LATE_AFTER} after it happened, typically synced by
	 * a post that was offline; the delay is {@code recordedAt - occurredAt} of the event itself.
	 */
	RECORDED_LATE

}
