package org.karvon.consignment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.karvon.kernel.Outcome;
import org.karvon.kernel.PostCode;

/**
 * The record's state as its journal makes it: the registered consignment driven through {@link
 * Consignment#record} by each journal step in order. A stored row whose status, seals, location or holding
 * state, or transport differs from the fold was changed without an event; {@link #check} names the first
 * field that differs. A cancellation is an entry of the declaration chain, not of the journal (checked by
 * {@code DeclarationChain}), so a cancelled record without events folds as cancelled.
 */
public final class RecordFold {

	private static final List<Field> FIELDS = List.of(new Field("status", Consignment::status),
			new Field("seals", Consignment::seals), new Field("transport", Consignment::transport),
			new Field("location", (c) -> c.location()
				.map((l) -> l.country() + "/" + l.postCode() + "@" + l.at().truncatedTo(ChronoUnit.MILLIS))),
			new Field("heldBy", Consignment::heldBy));

	private RecordFold() {
	}

	/** One journal entry as the lifecycle sees it. */
	public record Step(long seq, Movement movement, PostCode post, Instant recordedAt) {
	}

	/** Whether the stored consignment agrees with the fold of {@code steps}; if not, the field and why. */
	public record Check(boolean agrees, String field, String reason) {

		static Check agreeing() {
			return new Check(true, null, null);
		}

	}

	public static Check check(Consignment stored, List<Step> steps) {
		Consignment folded = new Consignment(stored.number(), stored.version(), ConsignmentStatus.REGISTERED,
				stored.carrierOrganizationId(), stored.details(), stored.details().seals(), stored.details().transport(),
				Optional.empty(), Optional.empty(), Optional.empty(), stored.createdAt(), stored.createdAt());
		if (steps.isEmpty() && stored.status() == ConsignmentStatus.CANCELLED) {
			return Check.agreeing();
		}
		for (Step step : steps) {
			// where and when an event may happen (a transfer point for a transshipment, an overdue record for an
			// enquiry) was checked when it was accepted and is sealed in the chain; the fold replays what each
			// event did to the record
			Outcome<Consignment> after = folded.record(step.movement(), step.post(), Circumstances.REPLAY,
					step.recordedAt());
			if (after instanceof Outcome.Rejected<Consignment> rejected) {
				return new Check(false, "status", "the lifecycle refuses event " + step.seq() + " in the journal: "
						+ rejected.rejection().message());
			}
			folded = after.orElseThrow();
		}
		for (Field field : FIELDS) {
			Object want = field.value().apply(folded);
			Object have = field.value().apply(stored);
			if (!Objects.equals(want, have)) {
				return new Check(false, field.name(), "the record's " + field.name() + " is " + have
						+ " but its journal makes it " + want);
			}
		}
		return Check.agreeing();
	}

	private record Field(String name, Function<Consignment, Object> value) {
	}

}
