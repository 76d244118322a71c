package org.karvon.consignment;

/**
 * What the lifecycle needs to know of the moment an event is recorded, beyond the event itself:
 * whether the post is a port or rail post (where containers may be transshipped) and whether the
 * consignment is past its transit deadline (only then may a state enquire after it).
 */
public record Circumstances(boolean transferPoint, boolean overdue) {

	/**
	 * Replaying a journal: where and when each event could happen was checked when it was accepted and
	 * is sealed in the chain, so the replay grants every circumstance.
	 */
	public static final Circumstances REPLAY = new Circumstances(true, true);

	public static Circumstances at(boolean transferPoint) {
		return new Circumstances(transferPoint, false);
	}

}
