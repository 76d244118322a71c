package org.karvon.feed;

/** Where an outbox entry's data comes from when it is relayed. */
public enum EntryKind {

	/** A movement event: rendered from the journal, exactly as {@code GET …/events} returns it. */
	EVENT,

	/** A version of the record (registration, amendment, cancellation): frozen when written. */
	DECLARATION,

	/** Something Karvon itself announces about a consignment, such as {@code OVERDUE}: frozen when written. */
	NOTICE

}
