package org.karvon.consignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the lifecycle needs to know of a journal event: its type, when it happened, and what a seal
 * check found (seals broken, or replaced by {@code newSeals}), and what a transshipment moved the
 * containers onto ({@code conveyance}, with its new seals).
 */
public record Movement(EventType type, Instant occurredAt, boolean sealBroken, Optional<List<Seal>> newSeals,
		Optional<Conveyance> conveyance) {

	public Movement {
		newSeals = newSeals.map(List::copyOf);
	}

	public Movement(EventType type, Instant occurredAt, boolean sealBroken, Optional<List<Seal>> newSeals) {
		this(type, occurredAt, sealBroken, newSeals, Optional.empty());
	}

	public static Movement of(EventType type, Instant occurredAt) {
		return new Movement(type, occurredAt, false, Optional.empty());
	}

	public static Movement brokenSeal(Instant occurredAt) {
		return new Movement(EventType.SEAL_CHECK, occurredAt, true, Optional.empty());
	}

	public static Movement resealed(Instant occurredAt, List<Seal> newSeals) {
		return new Movement(EventType.SEAL_CHECK, occurredAt, false, Optional.of(newSeals));
	}

	/** The containers moved onto {@code next} and sealed with {@code newSeals}. */
	public static Movement transshipped(Instant occurredAt, Conveyance next, List<Seal> newSeals) {
		return new Movement(EventType.TRANSSHIPMENT, occurredAt, false, Optional.of(newSeals), Optional.of(next));
	}

	/** A seal check that put new seals on the cargo. */
	public boolean replacesSeals() {
		return this.newSeals.isPresent();
	}

	/** Whether the cargo moves on: these are refused while it is held. */
	boolean movesCargo() {
		return this.type == EventType.EXIT || this.type == EventType.ENTRY || this.type == EventType.ARRIVAL
				|| this.type == EventType.COMPLETION || this.type == EventType.TRANSSHIPMENT;
	}

}
