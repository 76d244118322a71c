package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

/**
 * A journal event as stored: its content, the hash of the previous event of the same consignment and
 * its own hash (see {@link HashChain}). {@code seq} counts from 1 per consignment.
 */
public record StoredEvent(UUID id, ConsignmentNumber consignmentNumber, long seq, EventType type, PostCode postCode,
		CountryCode country, String officer, Instant occurredAt, Instant recordedAt, String payload,
		List<Anomaly> anomalies, String prevHash, String hash) {

	public StoredEvent {
		anomalies = List.copyOf(anomalies);
	}

	/** Stores {@code event} after the event whose hash is {@code prevHash} ({@link HashChain#GENESIS} first). */
	public static StoredEvent chain(CanonicalEvent event, String prevHash) {
		return new StoredEvent(event.id(), event.consignmentNumber(), event.seq(), event.type(), event.postCode(),
				event.country(), event.officer(), event.occurredAt(), event.recordedAt(), event.payload(),
				event.anomalies(), prevHash, HashChain.hash(event, prevHash));
	}

	public CanonicalEvent canonical() {
		return new CanonicalEvent(this.id, this.consignmentNumber, this.seq, this.type, this.postCode, this.country,
				this.officer, this.occurredAt, this.recordedAt, this.payload, this.anomalies);
	}

}
