package org.karvon.consignment.access;

import java.util.function.Function;
import java.util.function.Predicate;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.EventType;
import org.karvon.consignment.Movement;
import org.karvon.kernel.Actor;
import org.karvon.kernel.PostCode;

/**
 * One row of the acting table: a reason an officer who may see a record still may not record this
 * event at their post, first match wins. Six sovereign administrations share the journal, so each
 * acts only on cargo in front of its own officers, only the state that held cargo lets it go, and only
 * the departure and destination states enquire after overdue cargo.
 */
enum JurisdictionRule {

	/** A post off the itinerary that scanned the genuine code first records that the cargo entered. */
	ENTRY_FIRST((act) -> act.grant() == PostGrant.SCANNED && act.movement().type() != EventType.ENTRY,
			(act) -> act.post() + " is off the itinerary of " + act.record().number()
					+ ": record its ENTRY first; only then may it record other events"),

	/** A hold is released, and held cargo resealed, only by a post of the state that held it. */
	HOLD_OF_ANOTHER_STATE((act) -> act.record().status() == ConsignmentStatus.HELD
			&& (act.movement().type() == EventType.RELEASE || act.movement().replacesSeals())
			&& act.record().heldBy().filter((state) -> !state.equals(act.post().country())).isPresent(),
			(act) -> act.record().number() + " is held by " + act.record().heldBy().orElseThrow()
					+ "; only a post of " + act.record().heldBy().orElseThrow()
					+ " may release it or replace its seals"),

	/**
	 * Overdue cargo is asked after by the states that answer for its journey's ends: any post of the
	 * departure or of the destination state, wherever the cargo was last seen.
	 */
	NOT_DEPARTURE_OR_DESTINATION_STATE((act) -> act.movement().type() == EventType.ENQUIRY
			&& !act.post().country().equals(act.record().details().departurePost().country())
			&& !act.post().country().equals(act.record().details().destinationPost().country()),
			(act) -> "only a post of " + act.record().details().departurePost().country() + " or "
					+ act.record().details().destinationPost().country() + " records an enquiry after "
					+ act.record().number()),

	/**
	 * An officer acts only where the journal says the cargo can be (see {@link Whereabouts#canBeAt});
	 * a genuine scan at the post is proof enough for its ENTRY. An enquiry is made from afar.
	 */
	CARGO_NOT_HERE((act) -> act.grant() != PostGrant.SCANNED && act.movement().type() != EventType.ENQUIRY
			&& !act.whereabouts().canBeAt(act.post()),
			(act) -> "the journal does not have " + act.record().number() + " at or next to " + act.post()
					+ "; it was last seen " + act.whereabouts().lastSeenAt().map(PostCode::toString).orElse("at departure"));

	final Predicate<Act> refuses;

	final Function<Act, String> message;

	JurisdictionRule(Predicate<Act> refuses, Function<Act, String> message) {
		this.refuses = refuses;
		this.message = message;
	}

	/** What an acting rule looks at: who records what, at which post, on which record, and where the cargo can be. */
	record Act(Actor actor, Consignment record, PostGrant grant, Whereabouts whereabouts, Movement movement) {

		PostCode post() {
			return PostCode.parse(this.actor.postCode());
		}

	}

}
