package org.karvon.audit.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.karvon.audit.SecurityEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code security_event} table: written in batches, read newest first. */
@Repository
public class SecurityEventLog {

	private final DatabaseClient db;

	SecurityEventLog(DatabaseClient db) {
		this.db = db;
	}

	/** One statement per batch: the arrays are unnested server-side. */
	public Mono<Void> append(List<SecurityEvent> events) {
		return db.sql("""
				insert into security_event (at, kind, username, address, detail)
				select * from unnest(:at::timestamptz[], :kind::text[], :username::text[], :address::text[], :detail::text[])""")
			.bind("at", events.stream().map((e) -> e.at().atOffset(ZoneOffset.UTC)).toArray(OffsetDateTime[]::new))
			.bind("kind", events.stream().map(SecurityEvent::kind).toArray(String[]::new))
			.bind("username", events.stream().map(SecurityEvent::username).toArray(String[]::new))
			.bind("address", events.stream().map(SecurityEvent::address).toArray(String[]::new))
			.bind("detail", events.stream().map(SecurityEvent::detail).toArray(String[]::new))
			.then();
	}

	public Flux<SecurityEvent> page(int page, int size) {
		return db.sql("select at, kind, username, address, detail from security_event order by id desc limit :size offset :offset")
			.bind("size", size)
			.bind("offset", (long) page * size)
			.map((row) -> new SecurityEvent(row.get("at", OffsetDateTime.class).toInstant(), row.get("kind", String.class),
					row.get("username", String.class), row.get("address", String.class), row.get("detail", String.class)))
			.all();
	}

	public Mono<Long> count() {
		return db.sql("select count(*) as n from security_event").map((row) -> row.get("n", Long.class)).one();
	}

}
