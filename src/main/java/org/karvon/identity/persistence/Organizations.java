package org.karvon.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.karvon.identity.Organization;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organizations {

	private final DatabaseClient db;

	Organizations(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Organization> add(Organization organization) {
		return db.sql("insert into organization (id, name, country, created_at) values (:id, :name, :country, :at)")
			.bind("id", organization.id())
			.bind("name", organization.name())
			.bind("country", organization.country())
			.bind("at", organization.createdAt().atOffset(java.time.ZoneOffset.UTC))
			.then()
			.thenReturn(organization);
	}

	public Mono<Organization> byId(UUID id) {
		return db.sql("select * from organization where id = :id").bind("id", id).map(Organizations::read).one();
	}

	public Mono<Boolean> nameTaken(String name) {
		return db.sql("select 1 from organization where lower(name) = lower(:name)")
			.bind("name", name)
			.map((row) -> true)
			.first()
			.defaultIfEmpty(false);
	}

	public Flux<Organization> all() {
		return db.sql("select * from organization order by name").map(Organizations::read).all();
	}

	static Organization read(Readable row) {
		return new Organization(row.get("id", UUID.class), row.get("name", String.class),
				row.get("country", String.class), toInstant(row.get("created_at", OffsetDateTime.class)));
	}

	static Instant toInstant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
