package org.karvon.webhook.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.karvon.database.Binds;
import org.karvon.kernel.Page;
import org.karvon.webhook.AttemptResult;
import org.karvon.webhook.Delivery;
import org.karvon.webhook.DeliveryStatus;
import org.karvon.webhook.DueDelivery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries (written by the trigger of schema V23). A claim is one statement that takes due rows
 * with {@code FOR UPDATE SKIP LOCKED} and moves their next attempt forward by a lease: several Karvon
 * instances never take the same delivery, and one taken by an instance that dies is due again when
 * the lease ends (sent again with the same webhook-id: at least once).
 */
@Repository
public class WebhookDeliveries {

	private final DatabaseClient db;

	WebhookDeliveries(DatabaseClient db) {
		this.db = db;
	}

	public Flux<DueDelivery> claim(int limit, Duration lease) {
		return db.sql("""
				with due as (
				    select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
				     where d.status = 'PENDING' and d.next_attempt_at <= clock_timestamp() and e.enabled
				     order by d.next_attempt_at limit :limit
				       for update of d skip locked)
				update webhook_delivery d
				   set attempts = d.attempts + 1, last_attempt_at = clock_timestamp(),
				       next_attempt_at = clock_timestamp() + make_interval(secs => :lease)
				  from due, webhook_endpoint e
				 where d.id = due.id and e.id = d.endpoint_id
				returning d.*, e.url, e.secret""")
			.bind("limit", limit)
			.bind("lease", lease.toMillis() / 1000.0)
			.map(WebhookDeliveries::readDue)
			.all();
	}

	public Mono<Void> succeeded(UUID id, AttemptResult result) {
		return db.sql("""
				with done as (
				    update webhook_delivery set status = 'SUCCEEDED', last_response_code = :code, last_error = null
				     where id = :id returning endpoint_id)
				update webhook_endpoint set failed_deliveries = 0 where id in (select endpoint_id from done)""")
			.bind("id", id)
			.bind("code", result.responseCode().orElse(200))
			.then();
	}

	public Mono<Void> retryAt(UUID id, AttemptResult result, Instant next) {
		return Binds.nullable(db.sql("""
				update webhook_delivery set last_response_code = :code, last_error = :error, next_attempt_at = :next
				 where id = :id and status = 'PENDING'"""), "code", result.responseCode(), Integer.class)
			.bind("id", id)
			.bind("error", result.error().orElse("failed"))
			.bind("next", next.atOffset(ZoneOffset.UTC))
			.then();
	}

	/**
	 * Gives the delivery up and counts it against its endpoint; the endpoint is disabled when
	 * {@code disableAfter} deliveries in a row have failed. True when this disabled it.
	 */
	public Mono<Boolean> gaveUp(UUID id, AttemptResult result, int disableAfter) {
		return Binds.nullable(db.sql("""
				with failed as (
				    update webhook_delivery set status = 'FAILED', last_response_code = :code, last_error = :error
				     where id = :id and status = 'PENDING' returning endpoint_id)
				update webhook_endpoint e
				   set failed_deliveries = e.failed_deliveries + 1,
				       enabled = e.enabled and e.failed_deliveries + 1 < :limit,
				       disabled_at = case when e.enabled and e.failed_deliveries + 1 >= :limit then clock_timestamp() else e.disabled_at end,
				       disabled_reason = case when e.enabled and e.failed_deliveries + 1 >= :limit
				           then (e.failed_deliveries + 1) || ' deliveries in a row failed every attempt' else e.disabled_reason end
				 where e.id in (select endpoint_id from failed)
				returning not e.enabled as disabled""")
			, "code", result.responseCode(), Integer.class)
			.bind("id", id)
			.bind("error", result.error().orElse("failed"))
			.bind("limit", disableAfter)
			.map((row) -> Boolean.TRUE.equals(row.get("disabled", Boolean.class)))
			.one()
			.defaultIfEmpty(false);
	}

	public Mono<Page<Delivery>> page(UUID endpoint, int page, int size) {
		Mono<Long> total = db.sql("select count(*) as n from webhook_delivery where endpoint_id = :endpoint")
			.bind("endpoint", endpoint)
			.map((row) -> row.get("n", Long.class))
			.one();
		return db.sql("select * from webhook_delivery where endpoint_id = :endpoint "
				+ "order by created_at desc, id limit :limit offset :offset")
			.bind("endpoint", endpoint)
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(WebhookDeliveries::read)
			.all()
			.collectList()
			.zipWith(total, (items, count) -> new Page<>(items, page, size, count));
	}

	private static Delivery read(Readable row) {
		DeliveryStatus status = DeliveryStatus.valueOf(row.get("status", String.class));
		return new Delivery(row.get("id", UUID.class), row.get("type", String.class),
				row.get("consignment_number", String.class), status, row.get("attempts", Integer.class),
				Optional.ofNullable(row.get("last_response_code", Integer.class)),
				Optional.ofNullable(row.get("last_error", String.class)), instant(row, "last_attempt_at"),
				status == DeliveryStatus.PENDING ? instant(row, "next_attempt_at") : Optional.empty(),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

	private static DueDelivery readDue(Readable row) {
		return new DueDelivery(row.get("id", UUID.class), row.get("endpoint_id", UUID.class), row.get("url", String.class),
				row.get("secret", String.class), row.get("type", String.class), row.get("consignment_number", String.class),
				row.get("kind", String.class), Optional.ofNullable(row.get("entry_ref", String.class)),
				row.get("occurred_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(row.get("frozen_data", Json.class)).map(Json::asString), row.get("attempts", Integer.class),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

	private static Optional<Instant> instant(Readable row, String column) {
		return Optional.ofNullable(row.get(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
	}

}
