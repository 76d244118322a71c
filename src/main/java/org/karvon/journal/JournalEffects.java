package org.karvon.journal;

import java.time.Instant;
import java.util.function.Function;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.CurrentLocation;
import org.karvon.consignment.Outcome;
import org.karvon.consignment.PostCode;

/**
 * Applies an accepted event to the consignment through the aggregate's own guarded transitions, so
 * the record and the journal can never disagree about what the event did.
 */
public final class JournalEffects {

	private JournalEffects() {
	}

	public static Outcome<Consignment> apply(Consignment consignment, MovementEvent event,
			TransitionDecision.Accepted accepted, PostCode post, Instant now) {
		Function<Consignment, Outcome<Consignment>> status = (c) -> statusChange(c, event.type(), accepted.newStatus(), now);
		Function<Consignment, Outcome<Consignment>> seals = (c) -> c.seals().equals(accepted.sealsAfter())
				? Outcome.done(c) : c.replaceSeals(accepted.sealsAfter(), now);
		Function<Consignment, Outcome<Consignment>> location = (c) -> seenLater(c, event)
				? c.moveTo(CurrentLocation.at(post, event.occurredAt()), now) : Outcome.done(c);
		// the aggregate only tracks cargo that is underway: departure first opens it, completion last closes it
		if (consignment.status() == ConsignmentStatus.REGISTERED) {
			return status.apply(consignment).flatMap(seals).flatMap(location);
		}
		return location.apply(consignment).flatMap(seals).flatMap(status);
	}

	private static Outcome<Consignment> statusChange(Consignment c, EventType type, ConsignmentStatus next,
			Instant now) {
		if (type == EventType.DEPARTURE) {
			return c.depart(now);
		}
		if (next == c.status()) {
			return Outcome.done(c);
		}
		return switch (next) {
			case HELD -> c.hold(now);
			case ARRIVED -> (type == EventType.RELEASE) ? c.release(now) : c.arrive(now);
			case IN_TRANSIT -> c.release(now);
			case COMPLETED -> c.complete(now);
			default -> Outcome.rejected("UNEXPECTED_TRANSITION", type + " cannot make the consignment " + next);
		};
	}

	/** An event re-sent from an offline device may be older than what is known; it does not move the cargo back. */
	private static boolean seenLater(Consignment c, MovementEvent event) {
		return c.location().map((known) -> !event.occurredAt().isBefore(known.at())).orElse(true);
	}

}
