package org.karvon.consignment.access;

/**
 * How far a genuine scan opened a record to a post off its itinerary: not at all (never scanned,
 * or the grant expired without an ENTRY), to the transport view and an ENTRY only, or — once that
 * post recorded its own ENTRY — fully.
 */
public enum PostGrant {

	NONE,

	SCANNED,

	ENTERED

}
