package org.karvon.consignment.access;

import java.time.Instant;
import java.util.Optional;

/**
 * A grant as stored: when a genuine scan opened the record to a post, until when it lasts without an
 * ENTRY, and when that post recorded its ENTRY (from then on it does not expire).
 */
public record ScanGrant(Instant grantedAt, Instant expiresAt, Optional<Instant> enteredAt) {

	public PostGrant at(Instant now) {
		if (this.enteredAt.isPresent()) {
			return PostGrant.ENTERED;
		}
		return now.isBefore(this.expiresAt) ? PostGrant.SCANNED : PostGrant.NONE;
	}

}
