package org.karvon.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.karvon.consignment.Conveyance;
import org.karvon.consignment.Seal;
import org.karvon.consignment.WagonNumber;

/**
 * The type-specific part of a {@link MovementEvent}, as flat named fields for its payload.
 */
public sealed interface EventDetails {

	/** The payload fields: strings and lists of strings. */
	Map<String, Object> fields();

	record None() implements EventDetails {

		@Override
		public Map<String, Object> fields() {
			return Map.of();
		}

	}

	record Inspection(InspectionResult result, Optional<String> findings) implements EventDetails {

		@Override
		public Map<String, Object> fields() {
			return this.findings.<Map<String, Object>>map((text) -> Map.of("result", this.result.name(), "findings", text))
				.orElseGet(() -> Map.of("result", this.result.name()));
		}

	}

	record SealCheck(SealCheckStatus status, List<Seal> newSeals) implements EventDetails {

		public SealCheck {
			newSeals = List.copyOf(newSeals);
		}

		@Override
		public Map<String, Object> fields() {
			return Map.of("sealStatus", this.status.name(), "newSeals", this.newSeals.stream().map(Seal::value).toList());
		}

	}

	/** Containers moved onto a new means of transport, under new seals. */
	record Transshipment(Conveyance next, List<Seal> newSeals) implements EventDetails {

		public Transshipment {
			newSeals = List.copyOf(newSeals);
		}

		@Override
		public Map<String, Object> fields() {
			Map<String, Object> fields = new java.util.HashMap<>();
			fields.put("transportMode", this.next.mode().name());
			fields.put("vehiclePlates", this.next.vehiclePlates());
			fields.put("wagons", this.next.wagons().stream().map(WagonNumber::toString).toList());
			this.next.vessel().ifPresent((vessel) -> fields.put("vessel", vessel));
			fields.put("newSeals", this.newSeals.stream().map(Seal::value).toList());
			return fields;
		}

	}

	record Hold(String reason) implements EventDetails {

		@Override
		public Map<String, Object> fields() {
			return Map.of("holdReason", this.reason);
		}

	}

	/** What a departure or destination state learnt when it asked after overdue cargo. */
	record Enquiry(String outcome) implements EventDetails {

		@Override
		public Map<String, Object> fields() {
			return Map.of("enquiryOutcome", this.outcome);
		}

	}

	record Incident(IncidentKind kind, String description) implements EventDetails {

		@Override
		public Map<String, Object> fields() {
			return Map.of("incidentKind", this.kind.name(), "incidentDescription", this.description);
		}

	}

}
