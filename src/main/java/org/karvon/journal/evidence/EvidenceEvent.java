package org.karvon.journal.evidence;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;
import org.karvon.journal.Anomaly;
import org.karvon.consignment.EventType;
import org.karvon.journal.StoredEvent;

/**
 * A stored event with every field the hash covers, as text, exactly as it is chained; and where it is in the
 * transparency log: {@code logIndex} (null until sequenced) and {@code inclusionProof}, the RFC 9162 path (base64
 * hashes) from its leaf to the root of the bundle's checkpoint (null when it is not in that checkpoint).
 */
public record EvidenceEvent(String id, String consignmentNumber, long seq, String type, String postCode,
		String country, String officer, String occurredAt, String recordedAt, String payload, List<String> anomalies,
		String prevHash, String hash, Long logIndex, List<String> inclusionProof) {

	public static EvidenceEvent of(StoredEvent event, Long logIndex, List<byte[]> inclusionProof) {
		return new EvidenceEvent(event.id().toString(), event.consignmentNumber().toString(), event.seq(),
				event.type().name(), event.postCode().toString(), event.country().toString(), event.officer(),
				event.occurredAt().toString(), event.recordedAt().toString(), event.payload(),
				event.anomalies().stream().map(Anomaly::name).toList(), event.prevHash(), event.hash(), logIndex,
				inclusionProof == null ? null
						: inclusionProof.stream().map((hash) -> Base64.getEncoder().encodeToString(hash)).toList());
	}

	public StoredEvent toStoredEvent() {
		return new StoredEvent(UUID.fromString(id), new ConsignmentNumber(consignmentNumber), seq,
				EventType.valueOf(type), new PostCode(postCode), new CountryCode(country), officer,
				Instant.parse(occurredAt), Instant.parse(recordedAt), payload,
				anomalies.stream().map(Anomaly::valueOf).toList(), prevHash, hash);
	}

}
