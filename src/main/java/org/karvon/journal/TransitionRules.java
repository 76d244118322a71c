package org.karvon.journal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.PostCode;
import org.karvon.consignment.Rejection;
import org.karvon.consignment.Seal;

/**
 * Decides whether an officer at {@code post} may record an event, and what it changes. A pure function.
 * <p>
 * Refusals (codes): nothing after COMPLETED or CANCELLED ({@code CONSIGNMENT_CLOSED}); DEPARTURE only
 * while REGISTERED ({@code NOT_REGISTERED}) and only at the departure post
 * ({@code DEPARTURE_NOT_AT_DEPARTURE_POST}); before departure nothing else, not even inspections or
 * seal checks, since pre-departure control is part of registration ({@code NOT_DEPARTED}); while HELD
 * the cargo may not move, so EXIT, ENTRY, ARRIVAL and COMPLETION are refused ({@code HELD}) and a second
 * HOLD too ({@code ALREADY_HELD}); RELEASE only while HELD ({@code NOT_HELD}); after ARRIVAL no more
 * EXIT, ENTRY or ARRIVAL ({@code ALREADY_ARRIVED}); COMPLETION only when ARRIVED ({@code NOT_ARRIVED})
 * and at the destination post ({@code COMPLETION_NOT_AT_DESTINATION}).
 * <p>
 * Changes: DEPARTURE → IN_TRANSIT; HOLD and a BROKEN seal check → HELD; RELEASE → ARRIVED if it had
 * arrived, else IN_TRANSIT; ARRIVAL at the destination post → ARRIVED; ARRIVAL elsewhere is recorded
 * with {@link Anomaly#WRONG_POST} but leaves it IN_TRANSIT, since only the destination post may complete
 * it; COMPLETION → COMPLETED; a REPLACED seal check makes its new seals current. Route problems are
 * never refused, only flagged (see {@link Anomaly}).
 */
public final class TransitionRules {

	private static final Set<EventType> MOVEMENTS = EnumSet.of(EventType.EXIT, EventType.ENTRY, EventType.ARRIVAL,
			EventType.COMPLETION);

	private TransitionRules() {
	}

	public static TransitionDecision decide(JourneyState state, MovementEvent event, PostCode post) {
		return refusal(state, event.type(), post).<TransitionDecision>map(TransitionDecision.Refused::new)
			.orElseGet(() -> accept(state, event, post));
	}

	private static Optional<Rejection> refusal(JourneyState state, EventType type, PostCode post) {
		ConsignmentStatus status = state.status();
		if (status.isClosed()) {
			return refuse("CONSIGNMENT_CLOSED", "the consignment is " + status + " and accepts no more events");
		}
		if (type == EventType.DEPARTURE) {
			return departure(state, post);
		}
		if (status == ConsignmentStatus.REGISTERED) {
			return refuse("NOT_DEPARTED", "the consignment has not departed yet");
		}
		if (status == ConsignmentStatus.HELD && (type == EventType.HOLD || MOVEMENTS.contains(type))) {
			return (type == EventType.HOLD) ? refuse("ALREADY_HELD", "the consignment is already held")
					: refuse("HELD", "the consignment is held and may not move until released");
		}
		if (type == EventType.RELEASE && status != ConsignmentStatus.HELD) {
			return refuse("NOT_HELD", "the consignment is not held");
		}
		if (status == ConsignmentStatus.ARRIVED && MOVEMENTS.contains(type) && type != EventType.COMPLETION) {
			return refuse("ALREADY_ARRIVED", "the consignment has already arrived");
		}
		return (type == EventType.COMPLETION) ? completion(state, post) : Optional.empty();
	}

	private static Optional<Rejection> departure(JourneyState state, PostCode post) {
		if (state.status() != ConsignmentStatus.REGISTERED) {
			return refuse("NOT_REGISTERED", "the consignment has already departed");
		}
		return post.equals(state.departurePost()) ? Optional.empty() : refuse("DEPARTURE_NOT_AT_DEPARTURE_POST",
				"departure is recorded at " + state.departurePost() + ", not at " + post);
	}

	private static Optional<Rejection> completion(JourneyState state, PostCode post) {
		if (state.status() != ConsignmentStatus.ARRIVED) {
			return refuse("NOT_ARRIVED", "the consignment has not arrived at its destination yet");
		}
		return post.equals(state.destinationPost()) ? Optional.empty() : refuse("COMPLETION_NOT_AT_DESTINATION",
				"completion is recorded at " + state.destinationPost() + ", not at " + post);
	}

	private static Optional<Rejection> refuse(String code, String message) {
		return Optional.of(Rejection.withReason(code, message));
	}

	private static TransitionDecision accept(JourneyState state, MovementEvent event, PostCode post) {
		Set<Anomaly> anomalies = AnomalyRules.of(state, event.type(), post);
		return new TransitionDecision.Accepted(nextStatus(state, event, anomalies), anomalies, sealsAfter(state, event),
				state.trail().after(event.type(), post.country()));
	}

	private static ConsignmentStatus nextStatus(JourneyState state, MovementEvent event, Set<Anomaly> anomalies) {
		return switch (event.type()) {
			case DEPARTURE -> ConsignmentStatus.IN_TRANSIT;
			case HOLD -> ConsignmentStatus.HELD;
			case RELEASE -> state.arrived() ? ConsignmentStatus.ARRIVED : ConsignmentStatus.IN_TRANSIT;
			case ARRIVAL -> anomalies.contains(Anomaly.WRONG_POST) ? state.status() : ConsignmentStatus.ARRIVED;
			case COMPLETION -> ConsignmentStatus.COMPLETED;
			case SEAL_CHECK -> sealCheck(event).filter((check) -> check.status() == SealCheckStatus.BROKEN)
				.map((check) -> ConsignmentStatus.HELD).orElse(state.status());
			default -> state.status();
		};
	}

	private static List<Seal> sealsAfter(JourneyState state, MovementEvent event) {
		return sealCheck(event).filter((check) -> check.status() == SealCheckStatus.REPLACED)
			.map(EventDetails.SealCheck::newSeals).orElse(state.seals());
	}

	private static Optional<EventDetails.SealCheck> sealCheck(MovementEvent event) {
		return (event.details() instanceof EventDetails.SealCheck check) ? Optional.of(check) : Optional.empty();
	}

}
