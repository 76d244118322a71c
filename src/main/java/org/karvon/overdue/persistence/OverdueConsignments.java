package org.karvon.overdue.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import io.r2dbc.spi.Readable;
import org.karvon.overdue.OverdueNotice;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Consignments that passed their deadline and were not announced yet. A claim is one statement that
 * takes them with {@code FOR UPDATE SKIP LOCKED} and stamps {@code overdue_announced_at}: in the
 * caller's transaction, together with the announcement. Two instances sweeping at once never take the
 * same row; the one that loses the race finds it stamped (or locked, and skips it) — announced once.
 */
@Repository
public class OverdueConsignments {

	private final DatabaseClient db;

	OverdueConsignments(DatabaseClient db) {
		this.db = db;
	}

	public Flux<OverdueNotice> claim(Instant now, int limit) {
		return db.sql("""
				with due as (
				    select number from consignment
				     where status in ('REGISTERED', 'IN_TRANSIT', 'HELD') and transit_deadline is not null
				       and transit_deadline < :now and overdue_announced_at is null
				     order by transit_deadline limit :limit
				       for update skip locked)
				update consignment c set overdue_announced_at = :now
				  from due where c.number = due.number
				returning c.*""")
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("limit", limit)
			.map((row) -> read(row, now))
			.all();
	}

	private static OverdueNotice read(Readable row, Instant now) {
		return new OverdueNotice(row.get("number", String.class), row.get("status", String.class),
				instant(row, "transit_deadline"), Boolean.TRUE.equals(row.get("transit_deadline_declared", Boolean.class)),
				row.get("departure_post", String.class), row.get("destination_post", String.class),
				Arrays.asList(row.get("itinerary", String[].class)), row.get("location_post", String.class),
				instant(row, "location_at"), now);
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime time = row.get(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
