package org.karvon.consignment;

/**
 * Where a consignment is in its lifecycle; see {@link Consignment}.
 */
public enum ConsignmentStatus {

	REGISTERED, IN_TRANSIT, HELD, ARRIVED, COMPLETED, CANCELLED;

	/** Completed and cancelled consignments accept nothing more. */
	public boolean isClosed() {
		return this == COMPLETED || this == CANCELLED;
	}

	/** Registered, in transit or held: the cargo has not arrived yet, so its transit deadline still counts. */
	public boolean awaitsArrival() {
		return this == REGISTERED || this == IN_TRANSIT || this == HELD;
	}

}
