package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.karvon.consignment.Movement;

/**
 * A validated event an officer wants to record, before the consignment's lifecycle and the journal's post rules decide on it.
 */
public record MovementEvent(UUID id, EventType type, Instant occurredAt, Optional<String> remarks,
		EventDetails details) {

	/** What the consignment's lifecycle needs of this event. */
	public Movement movement() {
		if (this.details instanceof EventDetails.SealCheck check && check.status() == SealCheckStatus.BROKEN) {
			return Movement.brokenSeal(this.occurredAt);
		}
		if (this.details instanceof EventDetails.SealCheck check && check.status() == SealCheckStatus.REPLACED) {
			return Movement.resealed(this.occurredAt, check.newSeals());
		}
		if (this.details instanceof EventDetails.Transshipment moved) {
			return Movement.transshipped(this.occurredAt, moved.next(), moved.newSeals());
		}
		return Movement.of(this.type, this.occurredAt);
	}

	/** Remarks and type-specific fields as canonical JSON, e.g. {@code {"newSeals":["KZ1"],"sealStatus":"REPLACED"}}. */
	public String payload() {
		Map<String, Object> fields = new HashMap<>(this.details.fields());
		this.remarks.ifPresent((text) -> fields.put("remarks", text));
		return CanonicalJson.write(fields);
	}

}
