package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.Conveyance;
import org.karvon.consignment.Transport;
import org.karvon.consignment.TransportMode;
import org.karvon.consignment.WagonNumber;
import org.karvon.kernel.FieldErrors;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import org.karvon.consignment.Seal;
import org.karvon.kernel.Validated;

/**
 * Turns an {@link EventDraft} into a {@link MovementEvent}, naming every bad field.
 */
final class EventDraftParser {

	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	static final int MAX_REMARKS = 1000;

	static final int MAX_TEXT = 2000;

	private EventDraftParser() {
	}

	static Validated<MovementEvent> parse(EventDraft draft, Instant now) {
		FieldErrors errors = new FieldErrors();
		UUID id = errors.check("id", () -> uuid(draft.id()));
		EventType type = errors.check("type", () -> RawText.oneOf(EventType.class, draft.type()));
		Instant occurredAt = errors.check("occurredAt", () -> occurredAt(draft.occurredAt(), now));
		Optional<String> remarks = errors.check("remarks", () -> RawText.optionalText(draft.remarks(), MAX_REMARKS));
		rejectForeignBlocks(draft, type, errors);
		EventDetails details = (type != null) ? details(type, draft, errors) : null;
		return errors.toResult(() -> new MovementEvent(id, type, occurredAt, remarks, details));
	}

	private static UUID uuid(String raw) {
		try {
			return UUID.fromString(RawText.required(raw));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("must be a UUID chosen by the client");
		}
	}

	private static Instant occurredAt(String raw, Instant now) {
		Instant at;
		try {
			at = OffsetDateTime.parse(RawText.required(raw)).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException("must be an ISO-8601 timestamp with offset, e.g. 2025-05-01T08:30:00+05:00");
		}
		if (at.isAfter(now.plus(MAX_CLOCK_SKEW))) {
			throw new InvalidValueException("must not be more than 5 minutes in the future");
		}
		return at;
	}

	private static void rejectForeignBlocks(EventDraft draft, EventType type, FieldErrors errors) {
		rejectUnless(draft.inspection() != null, type == EventType.INSPECTION, "inspection", errors);
		rejectUnless(draft.seals() != null, type == EventType.SEAL_CHECK, "seals", errors);
		rejectUnless(draft.hold() != null, type == EventType.HOLD, "hold", errors);
		rejectUnless(draft.incident() != null, type == EventType.INCIDENT, "incident", errors);
		rejectUnless(draft.transshipment() != null, type == EventType.TRANSSHIPMENT, "transshipment", errors);
		rejectUnless(draft.enquiry() != null, type == EventType.ENQUIRY, "enquiry", errors);
	}

	private static void rejectUnless(boolean present, boolean allowed, String field, FieldErrors errors) {
		if (present && !allowed) {
			errors.reject(field, "is not allowed for this event type");
		}
	}

	private static EventDetails details(EventType type, EventDraft draft, FieldErrors errors) {
		return switch (type) {
			case INSPECTION -> inspection(draft.inspection(), errors);
			case SEAL_CHECK -> sealCheck(draft.seals(), errors);
			case HOLD -> (draft.hold() == null) ? missing("hold", errors)
					: new EventDetails.Hold(errors.check("hold.reason", () -> RawText.text(draft.hold().reason(), MAX_TEXT)));
			case INCIDENT -> incident(draft.incident(), errors);
			case TRANSSHIPMENT -> transshipment(draft.transshipment(), errors);
			case ENQUIRY -> (draft.enquiry() == null) ? missing("enquiry", errors)
					: new EventDetails.Enquiry(errors.check("enquiry.outcome",
							() -> RawText.text(draft.enquiry().outcome(), MAX_TEXT)));
			default -> new EventDetails.None();
		};
	}

	private static EventDetails inspection(EventDraft.InspectionDraft inspection, FieldErrors errors) {
		if (inspection == null) {
			return missing("inspection", errors);
		}
		InspectionResult result = errors.check("inspection.result",
				() -> RawText.oneOf(InspectionResult.class, inspection.result()));
		Optional<String> findings = errors.check("inspection.findings",
				() -> RawText.optionalText(inspection.findings(), MAX_TEXT));
		if (result == InspectionResult.FINDINGS && findings != null && findings.isEmpty()) {
			errors.reject("inspection.findings", "is required when the result is FINDINGS");
		}
		return new EventDetails.Inspection(result, findings);
	}

	private static EventDetails sealCheck(EventDraft.SealsDraft seals, FieldErrors errors) {
		if (seals == null) {
			return missing("seals", errors);
		}
		SealCheckStatus status = errors.check("seals.status", () -> RawText.oneOf(SealCheckStatus.class, seals.status()));
		boolean replaced = status == SealCheckStatus.REPLACED;
		List<Seal> newSeals = errors.each("seals.newSeals", seals.newSeals(), replaced ? 1 : 0,
				replaced ? ConsignmentDetails.MAX_SEALS : 0, Seal::parse);
		return new EventDetails.SealCheck(status, newSeals.stream().anyMatch(Objects::isNull) ? List.of() : newSeals);
	}

	private static EventDetails incident(EventDraft.IncidentDraft incident, FieldErrors errors) {
		if (incident == null) {
			return missing("incident", errors);
		}
		IncidentKind kind = errors.check("incident.kind", () -> RawText.oneOf(IncidentKind.class, incident.kind()));
		String description = errors.check("incident.description", () -> RawText.text(incident.description(), MAX_TEXT));
		return new EventDetails.Incident(kind, description);
	}

	private static EventDetails transshipment(EventDraft.TransshipmentDraft raw, FieldErrors errors) {
		if (raw == null) {
			return missing("transshipment", errors);
		}
		TransportMode mode = errors.check("transshipment.mode", () -> RawText.oneOf(TransportMode.class, raw.mode()));
		List<String> plates = errors.each("transshipment.vehiclePlates", raw.vehiclePlates(), 0, Transport.MAX_PLATES,
				Transport::plate);
		List<WagonNumber> wagons = errors.each("transshipment.wagons", raw.wagons(), 0, Transport.MAX_WAGONS,
				WagonNumber::parse);
		Optional<String> vessel = errors.check("transshipment.vessel", () -> Transport.vessel(raw.vessel()));
		List<Seal> newSeals = errors.each("transshipment.newSeals", raw.newSeals(), 1, ConsignmentDetails.MAX_SEALS,
				Seal::parse);
		if (Transport.firstRepeated(wagons) >= 0) {
			errors.reject("transshipment.wagons[" + Transport.firstRepeated(wagons) + "]", "is listed twice");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		Conveyance next = errors.check("transshipment", () -> new Conveyance(mode, plates, wagons, vessel));
		return (next == null) ? null : new EventDetails.Transshipment(next, newSeals);
	}

	private static EventDetails missing(String field, FieldErrors errors) {
		errors.reject(field, "is required for this event type");
		return null;
	}

}
