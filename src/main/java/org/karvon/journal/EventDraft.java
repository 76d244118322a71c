package org.karvon.journal;

import java.time.Instant;
import java.util.List;

import org.karvon.consignment.Validated;

/**
 * An event as an officer submits it: raw text. Only the block matching {@code type} may be present
 * ({@code inspection} with INSPECTION, {@code seals} with SEAL_CHECK, {@code hold} with HOLD,
 * {@code incident} with INCIDENT).
 */
public record EventDraft(String id, String type, String occurredAt, String remarks, InspectionDraft inspection,
		SealsDraft seals, HoldDraft hold, IncidentDraft incident) {

	/** Valid when every field is, and {@code occurredAt} is at most five minutes after {@code now}. */
	public Validated<MovementEvent> validate(Instant now) {
		return EventDraftParser.parse(this, now);
	}

	public record InspectionDraft(String result, String findings) {
	}

	public record SealsDraft(String status, List<String> newSeals) {
	}

	public record HoldDraft(String reason) {
	}

	public record IncidentDraft(String kind, String description) {
	}

}
