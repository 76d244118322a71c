package org.karvon.consignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A consignment: goods a carrier moves under customs control, from a departure post through the
 * countries of its itinerary to a destination post.
 * <p>
 * A carrier <em>registers</em> it and may <em>amend</em> (each amendment raises the {@code version},
 * which invalidates the QR code of the previous one) or <em>cancel</em> it while it is
 * {@code REGISTERED}. From then on officers drive it through the journal: the departure post lets it
 * <em>depart</em> ({@code IN_TRANSIT}); officers on the way may <em>hold</em> it ({@code HELD}) and
 * <em>release</em> it back to where it was, <em>replace its seals</em> and record where it was last
 * seen. At the destination it <em>arrives</em> ({@code ARRIVED}) and is <em>completed</em>
 * ({@code COMPLETED}). Completed and cancelled consignments are closed and accept nothing.
 * <p>
 * The aggregate is immutable: every change returns an {@link Outcome}, either the changed consignment
 * or a {@link Rejection} with one of these codes: {@code CONSIGNMENT_CLOSED}, {@code NOT_REGISTERED},
 * {@code NOT_DEPARTED}, {@code ALREADY_HELD}, {@code NOT_HELD}, {@code HELD}, {@code ALREADY_ARRIVED},
 * {@code NOT_ARRIVED}. Where an event may happen (which post) is decided by the journal's transition
 * rules; this class only guards its own lifecycle.
 */
public record Consignment(ConsignmentNumber number, int version, ConsignmentStatus status, UUID carrierOrganizationId,
		ConsignmentDetails details, List<Seal> seals, Optional<CurrentLocation> location, Optional<Instant> arrivedAt,
		Instant createdAt, Instant updatedAt) {

	public Consignment {
		seals = List.copyOf(seals);
	}

	public static Consignment register(ConsignmentNumber number, UUID carrierOrganizationId,
			ConsignmentDetails details, Instant now) {
		return new Consignment(number, 1, ConsignmentStatus.REGISTERED, carrierOrganizationId, details,
				details.seals(), Optional.empty(), Optional.empty(), now, now);
	}

	public Outcome<Consignment> amend(ConsignmentDetails amended, Instant now) {
		return whileRegistered("amended").orElseGet(() -> Outcome.done(new Consignment(this.number,
				this.version + 1, this.status, this.carrierOrganizationId, amended, amended.seals(), this.location,
				this.arrivedAt, this.createdAt, now)));
	}

	public Outcome<Consignment> cancel(Instant now) {
		return whileRegistered("cancelled").orElseGet(() -> Outcome.done(withStatus(ConsignmentStatus.CANCELLED, now)));
	}

	public Outcome<Consignment> depart(Instant now) {
		return whileRegistered("departed").orElseGet(() -> Outcome.done(withStatus(ConsignmentStatus.IN_TRANSIT, now)));
	}

	public Outcome<Consignment> hold(Instant now) {
		if (this.status == ConsignmentStatus.HELD) {
			return Outcome.rejected("ALREADY_HELD", this.number + " is already held");
		}
		return whileUnderway().orElseGet(() -> Outcome.done(withStatus(ConsignmentStatus.HELD, now)));
	}

	/** Back to {@code ARRIVED} if it was held after arriving, otherwise to {@code IN_TRANSIT}. */
	public Outcome<Consignment> release(Instant now) {
		if (this.status != ConsignmentStatus.HELD) {
			return whileUnderway().orElseGet(() -> Outcome.rejected("NOT_HELD", this.number + " is not held"));
		}
		return Outcome.done(withStatus(this.arrivedAt.isPresent() ? ConsignmentStatus.ARRIVED
				: ConsignmentStatus.IN_TRANSIT, now));
	}

	public Outcome<Consignment> arrive(Instant now) {
		if (this.status == ConsignmentStatus.ARRIVED) {
			return Outcome.rejected("ALREADY_ARRIVED", this.number + " has already arrived");
		}
		return whileMoving().orElseGet(() -> Outcome.done(new Consignment(this.number, this.version,
				ConsignmentStatus.ARRIVED, this.carrierOrganizationId, this.details, this.seals, this.location,
				Optional.of(now), this.createdAt, now)));
	}

	public Outcome<Consignment> complete(Instant now) {
		if (this.status == ConsignmentStatus.IN_TRANSIT) {
			return Outcome.rejected("NOT_ARRIVED", this.number + " has not arrived yet");
		}
		return whileMoving().orElseGet(() -> Outcome.done(withStatus(ConsignmentStatus.COMPLETED, now)));
	}

	public Outcome<Consignment> replaceSeals(List<Seal> newSeals, Instant now) {
		return whileUnderway().orElseGet(() -> Outcome.done(new Consignment(this.number, this.version, this.status,
				this.carrierOrganizationId, this.details, newSeals, this.location, this.arrivedAt, this.createdAt,
				now)));
	}

	public Outcome<Consignment> moveTo(CurrentLocation seenAt, Instant now) {
		return whileUnderway().orElseGet(() -> Outcome.done(new Consignment(this.number, this.version, this.status,
				this.carrierOrganizationId, this.details, this.seals, Optional.of(seenAt), this.arrivedAt,
				this.createdAt, now)));
	}

	private Consignment withStatus(ConsignmentStatus next, Instant now) {
		return new Consignment(this.number, this.version, next, this.carrierOrganizationId, this.details, this.seals,
				this.location, this.arrivedAt, this.createdAt, now);
	}

	private Optional<Outcome<Consignment>> whileRegistered(String action) {
		if (this.status.isClosed()) {
			return Optional.of(closed());
		}
		return (this.status == ConsignmentStatus.REGISTERED) ? Optional.empty() : Optional.of(Outcome.rejected(
				"NOT_REGISTERED", this.number + " is " + this.status + " and can no longer be " + action));
	}

	/** Departed and not closed. */
	private Optional<Outcome<Consignment>> whileUnderway() {
		if (this.status.isClosed()) {
			return Optional.of(closed());
		}
		return (this.status != ConsignmentStatus.REGISTERED) ? Optional.empty()
				: Optional.of(Outcome.rejected("NOT_DEPARTED", this.number + " has not departed yet"));
	}

	/** Underway and not held: the cargo may move. */
	private Optional<Outcome<Consignment>> whileMoving() {
		if (this.status == ConsignmentStatus.HELD) {
			return Optional.of(Outcome.rejected("HELD", this.number + " is held and may not move"));
		}
		return whileUnderway();
	}

	private Outcome<Consignment> closed() {
		return Outcome.rejected("CONSIGNMENT_CLOSED", this.number + " is " + this.status + " and accepts nothing more");
	}

}
