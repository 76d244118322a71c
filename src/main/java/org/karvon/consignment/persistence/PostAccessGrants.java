package org.karvon.consignment.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.access.ScanGrant;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Records opened to a post off the itinerary because an officer there scanned the genuine code:
 * cargo shows up where it shows up, and the officer facing the truck must be able to record its
 * ENTRY. A grant lasts until that ENTRY (then for good) or until it expires.
 */
@Repository
public class PostAccessGrants {

	private final DatabaseClient db;

	PostAccessGrants(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Opens the record to the post until {@code expiresAt}, or renews a grant that expired without an
	 * ENTRY. False when the post already holds a live grant: nothing new was granted.
	 */
	public Mono<Boolean> grant(ConsignmentNumber number, String postCode, String officer, Instant at, Instant expiresAt) {
		return db.sql("""
				insert into scan_access (consignment_number, post_code, officer, granted_at, expires_at)
				values (:number, :post, :officer, :at, :expires)
				on conflict (consignment_number, post_code) do update
				  set officer = excluded.officer, granted_at = excluded.granted_at, expires_at = excluded.expires_at
				  where scan_access.entered_at is null and scan_access.expires_at <= excluded.granted_at""")
			.bind("number", number.toString())
			.bind("post", postCode)
			.bind("officer", officer)
			.bind("at", Consignments.utc(at))
			.bind("expires", Consignments.utc(expiresAt))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/** How far the record is open to the post at {@code now}. */
	public Mono<PostGrant> stateOf(ConsignmentNumber number, String postCode, Instant now) {
		if (postCode == null) {
			return Mono.just(PostGrant.NONE);
		}
		return db.sql("""
				select granted_at, expires_at, entered_at from scan_access
				where consignment_number = :number and post_code = :post""")
			.bind("number", number.toString())
			.bind("post", postCode)
			.map((row) -> new ScanGrant(row.get("granted_at", OffsetDateTime.class).toInstant(),
					row.get("expires_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(row.get("entered_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
			.one()
			.map((grant) -> grant.at(now))
			.defaultIfEmpty(PostGrant.NONE);
	}

	/** The post recorded its own ENTRY: from now on it sees the whole record and the grant no longer expires. */
	public Mono<Void> entered(ConsignmentNumber number, String postCode, Instant at) {
		return db.sql("""
				update scan_access set entered_at = :at
				where consignment_number = :number and post_code = :post and entered_at is null""")
			.bind("number", number.toString())
			.bind("post", postCode)
			.bind("at", Consignments.utc(at))
			.then();
	}

}
