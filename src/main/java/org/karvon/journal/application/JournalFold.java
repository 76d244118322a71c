package org.karvon.journal.application;

import java.util.List;
import java.util.Map;

import org.karvon.consignment.Conveyance;
import org.karvon.consignment.TransportMode;
import org.karvon.consignment.WagonNumber;
import java.util.Optional;

import org.karvon.consignment.Movement;
import org.karvon.consignment.RecordFold;
import org.karvon.consignment.Seal;
import org.karvon.journal.SealCheckStatus;
import org.karvon.journal.StoredEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stored events as the lifecycle sees them, for {@link RecordFold}: a seal check's payload says what it found. */
final class JournalFold {

	private JournalFold() {
	}

	static List<RecordFold.Step> steps(List<StoredEvent> events, JsonMapper json) {
		return events.stream()
			.map((event) -> new RecordFold.Step(event.seq(), movement(event, json), event.postCode(), event.recordedAt()))
			.toList();
	}

	private static Movement movement(StoredEvent event, JsonMapper json) {
		boolean transshipment = event.type() == org.karvon.consignment.EventType.TRANSSHIPMENT;
		if (event.type() != org.karvon.consignment.EventType.SEAL_CHECK && !transshipment) {
			return Movement.of(event.type(), event.occurredAt());
		}
		Map<String, Object> fields;
		try {
			fields = json.readValue(event.payload(), new TypeReference<Map<String, Object>>() {
			});
		}
		catch (RuntimeException ex) {
			return Movement.of(event.type(), event.occurredAt());
		}
		if (transshipment) {
			return transshipped(event, fields);
		}
		Object status = fields.get("sealStatus");
		if (SealCheckStatus.BROKEN.name().equals(status)) {
			return Movement.brokenSeal(event.occurredAt());
		}
		if (SealCheckStatus.REPLACED.name().equals(status) && fields.get("newSeals") instanceof List<?> seals) {
			try {
				return Movement.resealed(event.occurredAt(), seals.stream().map(String::valueOf).map(Seal::parse).toList());
			}
			catch (RuntimeException ex) {
				return new Movement(event.type(), event.occurredAt(), false, Optional.empty());
			}
		}
		return Movement.of(event.type(), event.occurredAt());
	}

	/** The stored payload of a TRANSSHIPMENT as {@code EventDetails.Transshipment#fields} wrote it. */
	private static Movement transshipped(StoredEvent event, Map<String, Object> fields) {
		try {
			Conveyance next = new Conveyance(TransportMode.valueOf(String.valueOf(fields.get("transportMode"))),
					texts(fields.get("vehiclePlates")), texts(fields.get("wagons")).stream().map(WagonNumber::new).toList(),
					Optional.ofNullable(fields.get("vessel")).map(String::valueOf));
			return Movement.transshipped(event.occurredAt(), next, texts(fields.get("newSeals")).stream().map(Seal::parse).toList());
		}
		catch (RuntimeException ex) {
			return Movement.of(event.type(), event.occurredAt());
		}
	}

	private static List<String> texts(Object value) {
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

}
