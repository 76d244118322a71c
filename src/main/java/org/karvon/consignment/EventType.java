package org.karvon.consignment;

/**
 * What an officer records about a consignment at their post. TRANSSHIPMENT (containers moved onto
 * another means of transport, at a port or rail post) came after the contract's first ten, and ENQUIRY
 * (a departure or destination state asking after overdue cargo, with its outcome) after that.
 */
public enum EventType {

	DEPARTURE, EXIT, ENTRY, INSPECTION, SEAL_CHECK, HOLD, RELEASE, INCIDENT, ARRIVAL, COMPLETION, TRANSSHIPMENT, ENQUIRY

}
