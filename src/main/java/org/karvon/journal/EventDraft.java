package org.karvon.journal;

import java.time.Instant;
import java.util.List;

import org.karvon.kernel.Validated;

/**
 * An event as an officer submits it: raw text. Only the block matching {@code type} may be present
 * ({@code inspection} with INSPECTION, {@code seals} with SEAL_CHECK, {@code hold} with HOLD,
 * {@code incident} with INCIDENT, {@code transshipment} with TRANSSHIPMENT, {@code enquiry} with ENQUIRY).
 */
public record EventDraft(String id, String type, String occurredAt, String remarks, InspectionDraft inspection,
		SealsDraft seals, HoldDraft hold, IncidentDraft incident, TransshipmentDraft transshipment,
		EnquiryDraft enquiry) {

	public EventDraft(String id, String type, String occurredAt, String remarks, InspectionDraft inspection,
			SealsDraft seals, HoldDraft hold, IncidentDraft incident, TransshipmentDraft transshipment) {
		this(id, type, occurredAt, remarks, inspection, seals, hold, incident, transshipment, null);
	}

	public EventDraft(String id, String type, String occurredAt, String remarks, InspectionDraft inspection,
			SealsDraft seals, HoldDraft hold, IncidentDraft incident) {
		this(id, type, occurredAt, remarks, inspection, seals, hold, incident, null);
	}

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

	/** What the enquiry after overdue cargo found out. */
	public record EnquiryDraft(String outcome) {
	}

	/** The new means of transport ({@code mode}, plates, wagons, vessel) and the seals put on at transshipment. */
	public record TransshipmentDraft(String mode, List<String> vehiclePlates, List<String> wagons, String vessel,
			List<String> newSeals) {
	}

}
