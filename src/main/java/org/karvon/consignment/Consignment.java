package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.Outcome;
import org.karvon.kernel.PostCode;
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
 * or a {@link org.karvon.kernel.Rejection}. Every journal event goes through {@link #record}, the one
 * place that changes status, seals and location; its refusals and their order are listed in
 * {@link Lifecycle}. Where an event may happen (which post) is decided by the journal's post rules.
 * <p>
 * At a port or rail post the containers may be <em>transshipped</em> while in transit: the record's
 * {@code transport} (and seals) become the new means of transport; the declared one stays in
 * {@code details}. The containers never change.
 * <p>
 * A held consignment remembers {@code heldBy}, the state whose post held it (by a HOLD or a broken
 * seal): only that state may let it go again, a rule of the access policy.
 * <p>
 * Past its transit deadline, still on its way, a consignment is overdue: then — and only then — the
 * departure or destination state may record an <em>enquiry</em> after it and its outcome. An enquiry
 * changes neither status nor location; who may make one is the access policy's business.
 */
public record Consignment(ConsignmentNumber number, int version, ConsignmentStatus status, UUID carrierOrganizationId,
		ConsignmentDetails details, List<Seal> seals, Transport transport, Optional<CurrentLocation> location,
		Optional<Instant> arrivedAt, Optional<CountryCode> heldBy, Instant createdAt, Instant updatedAt) {

	public Consignment {
		seals = List.copyOf(seals);
	}

	public static Consignment register(ConsignmentNumber number, UUID carrierOrganizationId,
			ConsignmentDetails details, Instant now) {
		return new Consignment(number, 1, ConsignmentStatus.REGISTERED, carrierOrganizationId, details,
				details.seals(), details.transport(), Optional.empty(), Optional.empty(), Optional.empty(), now, now);
	}

	public Outcome<Consignment> amend(ConsignmentDetails amended, Instant now) {
		return whileRegistered("amended").orElseGet(() -> Outcome.done(new Consignment(this.number,
				this.version + 1, this.status, this.carrierOrganizationId, amended, amended.seals(), amended.transport(), this.location,
				this.arrivedAt, this.heldBy, this.createdAt, now)));
	}

	public Outcome<Consignment> cancel(Instant now) {
		return whileRegistered("cancelled").orElseGet(() -> Outcome.done(withStatus(ConsignmentStatus.CANCELLED, now)));
	}

	/**
	 * The one state machine: what a journal event recorded at {@code atPost} does to the record, or
	 * why the lifecycle refuses it. Where an event may happen (which post) is the journal's business.
	 */
	public Outcome<Consignment> record(Movement movement, PostCode atPost, Instant now) {
		return record(movement, atPost, false, now);
	}

	/** As {@link #record(Movement, PostCode, Instant)}, at a post that may or may not be a port or rail post. */
	public Outcome<Consignment> record(Movement movement, PostCode atPost, boolean transferPoint, Instant now) {
		return record(movement, atPost, Circumstances.at(transferPoint), now);
	}

	/** As {@link #record(Movement, PostCode, Instant)}, knowing the post's kind and whether the record is overdue. */
	public Outcome<Consignment> record(Movement movement, PostCode atPost, Circumstances circumstances, Instant now) {
		return Lifecycle.refusal(this, movement, circumstances).<Outcome<Consignment>>map(Outcome.Rejected::new)
			.orElseGet(() -> Outcome.done(changedBy(movement, atPost, now)));
	}

	private Consignment changedBy(Movement movement, PostCode atPost, Instant now) {
		ConsignmentStatus next = Lifecycle.statusAfter(this, movement, atPost);
		Optional<Instant> arrived = (next == ConsignmentStatus.ARRIVED) ? this.arrivedAt.or(() -> Optional.of(now))
				: this.arrivedAt;
		Consignment changed = new Consignment(this.number, this.version, next, this.carrierOrganizationId,
				this.details, movement.newSeals().orElse(this.seals),
				movement.conveyance().map(this.transport::transferredTo).orElse(this.transport),
				locationAfter(movement, atPost), arrived,
				heldByAfter(next, atPost), this.createdAt, this.updatedAt);
		return changed.equals(this) ? this : changed.touched(now);
	}

	/**
	 * An event re-sent by an offline device may be older than the last sighting; it does not move the
	 * cargo back. Events at the same instant do move it: the later one in the journal wins. An ENQUIRY
	 * is asked from wherever the enquiring post is, not where the cargo was seen: it moves nothing.
	 */
	private Optional<CurrentLocation> locationAfter(Movement movement, PostCode atPost) {
		if (movement.type() == EventType.ENQUIRY) {
			return this.location;
		}
		boolean notOlder = this.location.map((known) -> !movement.occurredAt().isBefore(known.at())).orElse(true);
		return notOlder ? Optional.of(CurrentLocation.at(atPost, movement.occurredAt())) : this.location;
	}

	/** The state that first held it keeps the say until it is released, even if another post finds a broken seal. */
	private Optional<CountryCode> heldByAfter(ConsignmentStatus next, PostCode atPost) {
		if (next != ConsignmentStatus.HELD) {
			return Optional.empty();
		}
		return (this.status == ConsignmentStatus.HELD) ? this.heldBy : Optional.of(atPost.country());
	}

	private Consignment touched(Instant now) {
		return new Consignment(this.number, this.version, this.status, this.carrierOrganizationId, this.details,
				this.seals, this.transport, this.location, this.arrivedAt, this.heldBy, this.createdAt, now);
	}

	private Consignment withStatus(ConsignmentStatus next, Instant now) {
		return new Consignment(this.number, this.version, next, this.carrierOrganizationId, this.details, this.seals,
				this.transport, this.location, this.arrivedAt, this.heldBy, this.createdAt, now);
	}

	private Optional<Outcome<Consignment>> whileRegistered(String action) {
		if (this.status.isClosed()) {
			return Optional.of(closed());
		}
		return (this.status == ConsignmentStatus.REGISTERED) ? Optional.empty() : Optional.of(Outcome.rejected(
				"NOT_REGISTERED", this.number + " is " + this.status + " and can no longer be " + action));
	}

	private Outcome<Consignment> closed() {
		return Outcome.rejected("CONSIGNMENT_CLOSED", this.number + " is " + this.status + " and accepts nothing more");
	}

}
