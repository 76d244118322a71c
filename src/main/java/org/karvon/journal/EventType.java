package org.karvon.journal;

/**
 * What an officer records about a consignment at their post.
 */
public enum EventType {

	DEPARTURE, EXIT, ENTRY, INSPECTION, SEAL_CHECK, HOLD, RELEASE, INCIDENT, ARRIVAL, COMPLETION

}
