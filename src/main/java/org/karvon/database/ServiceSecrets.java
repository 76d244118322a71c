package org.karvon.database;

import java.security.SecureRandom;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Secrets the service makes for itself on first start and keeps in its database, so that every
 * instance sharing the database agrees on them and none is ever committed to the repository.
 */
@Component
public class ServiceSecrets {

	private final DatabaseClient db;

	ServiceSecrets(DatabaseClient db) {
		this.db = db;
	}

	/** Returns the named secret, creating it with {@code length} random bytes if it is new. Start-up only. */
	public byte[] getOrCreate(String name, int length) {
		byte[] candidate = new byte[length];
		new SecureRandom().nextBytes(candidate);
		return db.sql("insert into service_secret (name, value) values (:name, :value) on conflict (name) do nothing")
			.bind("name", name)
			.bind("value", candidate)
			.then()
			.then(db.sql("select value from service_secret where name = :name")
				.bind("name", name)
				.map((row, meta) -> row.get("value", byte[].class))
				.one())
			.block();
	}

}
