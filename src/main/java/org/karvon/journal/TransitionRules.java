package org.karvon.journal;

import java.time.Instant;
import java.util.Optional;

import org.karvon.consignment.Circumstances;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.EventType;
import org.karvon.kernel.Outcome;
import org.karvon.kernel.PostCode;
import org.karvon.kernel.Rejection;

/**
 * Decides whether an officer at {@code post} may record an event. A pure function in three steps:
 * the consignment's own lifecycle ({@link Consignment#record}) refuses or changes it; then the
 * journal's post rules — DEPARTURE only at the departure post ({@code DEPARTURE_NOT_AT_DEPARTURE_POST}),
 * COMPLETION only at the destination post ({@code COMPLETION_NOT_AT_DESTINATION}); then
 * {@link AnomalyRules} flag route problems, which are never refused.
 */
public final class TransitionRules {

	private TransitionRules() {
	}

	public static TransitionDecision decide(JourneyState state, MovementEvent event, PostCode post, Instant now) {
		return decide(state, event, post, false, now);
	}

	/** {@code transferPoint}: the post is a port or rail post, where containers may be transshipped. */
	public static TransitionDecision decide(JourneyState state, MovementEvent event, PostCode post,
			boolean transferPoint, Instant now) {
		return decide(state, event, post, Circumstances.at(transferPoint), now);
	}

	/** With the post's kind and whether the record is past its transit deadline (see {@link Circumstances}). */
	public static TransitionDecision decide(JourneyState state, MovementEvent event, PostCode post,
			Circumstances circumstances, Instant now) {
		Outcome<Consignment> after = state.consignment().record(event.movement(), post, circumstances, now);
		if (after instanceof Outcome.Rejected<Consignment> rejected) {
			return new TransitionDecision.Refused(rejected.rejection());
		}
		return postRule(state, event.type(), post).<TransitionDecision>map(TransitionDecision.Refused::new)
			.orElseGet(() -> new TransitionDecision.Accepted(after.orElseThrow(),
					AnomalyRules.of(state, event.type(), post, event.occurredAt(), now), state.trail().after(event.type(), post.country())));
	}

	private static Optional<Rejection> postRule(JourneyState state, EventType type, PostCode post) {
		if (type == EventType.DEPARTURE && !post.equals(state.departurePost())) {
			return Optional.of(Rejection.withReason("DEPARTURE_NOT_AT_DEPARTURE_POST",
					"departure is recorded at " + state.departurePost() + ", not at " + post));
		}
		if (type == EventType.COMPLETION && !post.equals(state.destinationPost())) {
			return Optional.of(Rejection.withReason("COMPLETION_NOT_AT_DESTINATION",
					"completion is recorded at " + state.destinationPost() + ", not at " + post));
		}
		return Optional.empty();
	}

}
