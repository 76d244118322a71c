package org.karvon.consignment.persistence;

import java.time.Instant;

import org.karvon.consignment.ConsignmentNumber;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Records opened to a post off the itinerary because an officer there scanned the genuine code:
 * cargo shows up where it shows up, and the officer facing the truck must be able to act.
 */
@Repository
public class PostAccessGrants {

	private final DatabaseClient db;

	PostAccessGrants(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> grant(ConsignmentNumber number, String postCode, Instant at) {
		return db.sql("""
				insert into scan_access (consignment_number, post_code, granted_at) values (:number, :post, :at)
				on conflict do nothing""")
			.bind("number", number.toString())
			.bind("post", postCode)
			.bind("at", Consignments.utc(at))
			.then();
	}

	public Mono<Boolean> isGranted(ConsignmentNumber number, String postCode) {
		if (postCode == null) {
			return Mono.just(false);
		}
		return db.sql("select 1 from scan_access where consignment_number = :number and post_code = :post")
			.bind("number", number.toString())
			.bind("post", postCode)
			.map((row) -> true)
			.first()
			.defaultIfEmpty(false);
	}

}
