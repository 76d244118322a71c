package org.karvon.consignment.access;

/**
 * How much of a record an actor sees: all of it, or — at a post off the itinerary whose genuine scan
 * has not been followed by its own ENTRY yet — only what a border officer checks against the truck.
 */
public enum Visibility {

	/** The whole record: parties, goods and values included. */
	FULL,

	/** Number, status, version, route, transport, seals and location; no parties, goods or values. */
	TRANSPORT

}
