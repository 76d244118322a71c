package org.karvon.consignment;

import java.time.Duration;
import java.util.Optional;

import org.karvon.kernel.PostCode;
import org.karvon.kernel.Rejection;

/**
 * The lifecycle table behind {@link Consignment#record}: which events each status refuses, and the
 * status each accepted event leads to. Package-private: only the aggregate asks it.
 * <p>
 * Refusals, first match wins: nothing after COMPLETED or CANCELLED ({@code CONSIGNMENT_CLOSED}); no
 * event dated before the consignment was registered, beyond 5 minutes of clock skew
 * ({@code BEFORE_REGISTRATION}); DEPARTURE only
 * while REGISTERED ({@code NOT_REGISTERED}); before departure nothing else, not even inspections or
 * seal checks, since pre-departure control is part of registration ({@code NOT_DEPARTED}); while HELD
 * a second HOLD ({@code ALREADY_HELD}) and every movement of the cargo — EXIT, ENTRY, ARRIVAL,
 * COMPLETION ({@code HELD}); RELEASE only while HELD ({@code NOT_HELD}); after ARRIVAL no more EXIT,
 * ENTRY or ARRIVAL ({@code ALREADY_ARRIVED}); COMPLETION only when ARRIVED ({@code NOT_ARRIVED});
 * TRANSSHIPMENT moves cargo (refused while HELD or after ARRIVAL like EXIT) and only at a port or rail
 * post ({@code NOT_AT_TRANSFER_POINT}); ENQUIRY only while the consignment is overdue — still on its
 * way past its transit deadline ({@code NOT_OVERDUE}), in any open status, held or not even departed.
 * <p>
 * Changes: DEPARTURE → IN_TRANSIT; HOLD and a broken seal → HELD; RELEASE → ARRIVED if it had arrived,
 * else IN_TRANSIT; ARRIVAL at the destination post → ARRIVED (elsewhere it stays IN_TRANSIT: only the
 * destination may complete it, and the journal flags the wrong post); COMPLETION → COMPLETED. An
 * ENQUIRY changes nothing: it is a question asked about the cargo, not a sighting of it.
 */
final class Lifecycle {

	/** Device clocks may lag the server's by as much as the journal lets them run ahead (EventDraftParser). */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private Lifecycle() {
	}

	static Optional<Rejection> refusal(Consignment consignment, Movement movement, Circumstances circumstances) {
		Optional<Rejection> refused = refusal(consignment, movement, circumstances.overdue());
		if (refused.isEmpty() && movement.type() == EventType.TRANSSHIPMENT && !circumstances.transferPoint()) {
			return refuse("NOT_AT_TRANSFER_POINT", "containers are transshipped only at a port or rail post");
		}
		return refused;
	}

	private static Optional<Rejection> refusal(Consignment consignment, Movement movement, boolean overdue) {
		ConsignmentStatus status = consignment.status();
		EventType type = movement.type();
		if (status.isClosed()) {
			return refuse("CONSIGNMENT_CLOSED", "the consignment is " + status + " and accepts no more events");
		}
		if (movement.occurredAt().isBefore(consignment.createdAt().minus(CLOCK_SKEW))) {
			return refuse("BEFORE_REGISTRATION", "the event is dated " + movement.occurredAt()
					+ ", before the consignment was registered at " + consignment.createdAt());
		}
		if (type == EventType.ENQUIRY) {
			return overdue ? Optional.empty()
					: refuse("NOT_OVERDUE", "an enquiry is recorded only for a consignment past its transit deadline");
		}
		if (type == EventType.DEPARTURE || status == ConsignmentStatus.REGISTERED) {
			return registered(status, type);
		}
		if (status == ConsignmentStatus.HELD && (type == EventType.HOLD || movement.movesCargo())) {
			return (type == EventType.HOLD) ? refuse("ALREADY_HELD", "the consignment is already held")
					: refuse("HELD", "the consignment is held and may not move until released");
		}
		return underway(status, movement);
	}

	private static Optional<Rejection> registered(ConsignmentStatus status, EventType type) {
		if (type == EventType.DEPARTURE) {
			return (status == ConsignmentStatus.REGISTERED) ? Optional.empty()
					: refuse("NOT_REGISTERED", "the consignment has already departed");
		}
		return refuse("NOT_DEPARTED", "the consignment has not departed yet");
	}

	private static Optional<Rejection> underway(ConsignmentStatus status, Movement movement) {
		EventType type = movement.type();
		if (type == EventType.RELEASE && status != ConsignmentStatus.HELD) {
			return refuse("NOT_HELD", "the consignment is not held");
		}
		if (status == ConsignmentStatus.ARRIVED && movement.movesCargo() && type != EventType.COMPLETION) {
			return refuse("ALREADY_ARRIVED", "the consignment has already arrived");
		}
		if (type == EventType.COMPLETION && status != ConsignmentStatus.ARRIVED) {
			return refuse("NOT_ARRIVED", "the consignment has not arrived at its destination yet");
		}
		return Optional.empty();
	}

	static ConsignmentStatus statusAfter(Consignment consignment, Movement movement, PostCode atPost) {
		ConsignmentStatus status = consignment.status();
		return switch (movement.type()) {
			case DEPARTURE -> ConsignmentStatus.IN_TRANSIT;
			case HOLD -> ConsignmentStatus.HELD;
			case RELEASE -> consignment.arrivedAt().isPresent() ? ConsignmentStatus.ARRIVED : ConsignmentStatus.IN_TRANSIT;
			case ARRIVAL -> atPost.equals(consignment.details().destinationPost()) ? ConsignmentStatus.ARRIVED : status;
			case COMPLETION -> ConsignmentStatus.COMPLETED;
			case SEAL_CHECK -> movement.sealBroken() ? ConsignmentStatus.HELD : status;
			default -> status;
		};
	}

	private static Optional<Rejection> refuse(String code, String message) {
		return Optional.of(Rejection.withReason(code, message));
	}

}
