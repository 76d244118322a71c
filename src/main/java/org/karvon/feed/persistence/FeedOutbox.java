package org.karvon.feed.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.karvon.feed.Backlog;
import org.karvon.feed.EntryKind;
import org.karvon.feed.OutboxEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The outbox rows (schema V12, filled by the triggers of V13 and by {@link #enqueueNotice}). */
@Repository
public class FeedOutbox {

	/**
	 * The advisory lock of the one active relay ("fEEd" in ASCII). Transaction-scoped: it is released
	 * with the transaction, also when the instance holding it dies and PostgreSQL drops its connection.
	 */
	static final long RELAY_LOCK = 0x66454564L;

	private final DatabaseClient db;

	FeedOutbox(DatabaseClient db) {
		this.db = db;
	}

	/** True when this transaction became the relay; false while another instance's batch holds the lock. */
	public Mono<Boolean> claimRelay() {
		return db.sql("select pg_try_advisory_xact_lock(:key) as claimed")
			.bind("key", RELAY_LOCK)
			.map((row) -> row.get("claimed", Boolean.class))
			.one();
	}

	/**
	 * The oldest unrelayed entries, in write order (which within a consignment is seq order), each with the hash
	 * of the chain entry it announces and, once sequenced, its log index. The casts sit inside CASE so that no
	 * row's {@code entry_ref} is cast to a type it is not.
	 */
	public Flux<OutboxEntry> pending(int limit) {
		return db.sql("""
				select o.*, coalesce(e.hash, d.hash) as entry_hash, l.index as log_index
				  from (select * from feed_outbox where relayed_at is null order by id limit :limit) o
				  left join movement_event e
				    on e.id = case when o.kind = 'EVENT' then o.entry_ref::uuid end
				  left join declaration_version d
				    on d.consignment_number = o.consignment_number and d.kind = o.type
				   and d.version = case when o.kind = 'DECLARATION' then o.entry_ref::integer end
				  left join log_leaf l on l.entry_hash = decode(coalesce(e.hash, d.hash), 'hex')
				 order by o.id""")
			.bind("limit", limit)
			.map(FeedOutbox::read)
			.all();
	}

	public Mono<Void> markRelayed(List<Long> ids) {
		return db.sql("update feed_outbox set relayed_at = clock_timestamp() where id = any(:ids)")
			.bind("ids", ids.toArray(Long[]::new))
			.then();
	}

	public Mono<Backlog> backlog() {
		return db.sql("""
				select count(*) as entries, extract(epoch from clock_timestamp() - min(created_at)) as lag
				from feed_outbox where relayed_at is null""")
			.map((row) -> {
				Number lag = row.get("lag", Number.class);
				return new Backlog(row.get("entries", Long.class),
						lag == null ? Duration.ZERO : Duration.ofMillis((long) (lag.doubleValue() * 1000)));
			})
			.one();
	}

	/** Forgets relayed entries older than {@code retention}: the broker and the journal keep them. */
	public Mono<Long> prune(Duration retention) {
		return db.sql("delete from feed_outbox where relayed_at < clock_timestamp() - make_interval(secs => :secs)")
			.bind("secs", (double) retention.toSeconds())
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Announces a notice about a consignment (e.g. type {@code OVERDUE}) in the caller's transaction;
	 * {@code dataJson} is the CloudEvent's {@code data}. Returns the entry's seq.
	 */
	public Mono<Long> enqueueNotice(String number, String type, Instant occurredAt, String dataJson) {
		return db.sql("select feed_enqueue(:number, 'NOTICE', :type, null, null, :at, :data) as seq")
			.bind("number", number)
			.bind("type", type)
			.bind("at", occurredAt.atOffset(java.time.ZoneOffset.UTC))
			.bind("data", Json.of(dataJson))
			.map((row) -> row.get("seq", Long.class))
			.one();
	}

	private static OutboxEntry read(Readable row) {
		Json data = row.get("frozen_data", Json.class);
		return new OutboxEntry(row.get("id", Long.class), row.get("consignment_number", String.class),
				row.get("seq", Long.class), EntryKind.valueOf(row.get("kind", String.class)), row.get("type", String.class),
				Optional.ofNullable(row.get("entry_ref", String.class)),
				Optional.ofNullable(row.get("country", String.class)),
				Arrays.asList(row.get("audience", String[].class)),
				row.get("occurred_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(data).map(Json::asString),
				Optional.ofNullable(row.get("entry_hash", String.class)).map(String::strip),
				Optional.ofNullable(row.get("log_index", Long.class)));
	}

}
