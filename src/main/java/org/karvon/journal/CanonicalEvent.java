package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

/**
 * The hashed content of a journal event, normalised: instants truncated to milliseconds, anomalies
 * distinct and sorted by name.
 */
public record CanonicalEvent(UUID id, ConsignmentNumber consignmentNumber, long seq, EventType type,
		PostCode postCode, CountryCode country, String officer, Instant occurredAt, Instant recordedAt,
		String payload, List<Anomaly> anomalies) {

	public CanonicalEvent {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
		anomalies = anomalies.stream().distinct().sorted(Comparator.comparing(Anomaly::name)).toList();
	}

}
