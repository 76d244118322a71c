package org.karvon.webhook.persistence;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.karvon.webhook.Endpoint;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The carriers' endpoints. Every query names the organization: one carrier never reaches another's. */
@Repository
public class WebhookEndpoints {

	private static final String COLUMNS = "id, organization_id, url, events, enabled, disabled_reason, created_at";

	private final DatabaseClient db;

	WebhookEndpoints(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Long> count(UUID organization) {
		return db.sql("select count(*) as n from webhook_endpoint where organization_id = :org")
			.bind("org", organization)
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	public Mono<Endpoint> add(UUID organization, String url, List<String> events, String secret) {
		return db.sql("insert into webhook_endpoint (id, organization_id, url, events, secret) "
				+ "values (:id, :org, :url, :events, :secret) returning " + COLUMNS)
			.bind("id", UUID.randomUUID())
			.bind("org", organization)
			.bind("url", url)
			.bind("events", events.toArray(String[]::new))
			.bind("secret", secret)
			.map(WebhookEndpoints::read)
			.one();
	}

	public Flux<Endpoint> of(UUID organization) {
		return db.sql("select " + COLUMNS + " from webhook_endpoint where organization_id = :org order by created_at, id")
			.bind("org", organization)
			.map(WebhookEndpoints::read)
			.all();
	}

	public Mono<Endpoint> find(UUID id, UUID organization) {
		return db.sql("select " + COLUMNS + " from webhook_endpoint where id = :id and organization_id = :org")
			.bind("id", id)
			.bind("org", organization)
			.map(WebhookEndpoints::read)
			.one();
	}

	/** True when the endpoint existed; its deliveries go with it. */
	public Mono<Boolean> remove(UUID id, UUID organization) {
		return db.sql("delete from webhook_endpoint where id = :id and organization_id = :org")
			.bind("id", id)
			.bind("org", organization)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/** Enables again with a clean failure count; deliveries still pending are tried again now. */
	public Mono<Endpoint> enable(UUID id, UUID organization) {
		return db.sql("""
				with enabled as (
				    update webhook_endpoint set enabled = true, disabled_at = null, disabled_reason = null,
				           failed_deliveries = 0
				     where id = :id and organization_id = :org returning %s),
				     retried as (
				    update webhook_delivery set next_attempt_at = clock_timestamp()
				     where endpoint_id in (select id from enabled) and status = 'PENDING')
				select * from enabled""".formatted(COLUMNS))
			.bind("id", id)
			.bind("org", organization)
			.map(WebhookEndpoints::read)
			.one();
	}

	private static Endpoint read(Readable row) {
		return new Endpoint(row.get("id", UUID.class), row.get("organization_id", UUID.class), row.get("url", String.class),
				Arrays.asList(row.get("events", String[].class)), Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
				Optional.ofNullable(row.get("disabled_reason", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

}
