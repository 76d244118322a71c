package org.karvon.consignment;

/** What a declaration chain entry records. */
public enum DeclarationKind {

	/** The carrier registered the record: version 1 and its declaration. */
	REGISTERED,

	/** The carrier amended the declaration: the next version and its declaration. */
	AMENDED,

	/** The carrier cancelled the record; the declaration stays that of the version cancelled. */
	CANCELLED,

	/** A genuine scan opened the record to a post off the itinerary ({@code postCode}). */
	GRANTED;

	/** Whether entries of this kind carry a declaration text of their own. */
	public boolean declares() {
		return this == REGISTERED || this == AMENDED;
	}

}
