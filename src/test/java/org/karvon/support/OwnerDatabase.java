package org.karvon.support;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.karvon.database.KarvonDatabase;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The test database as its owner (a superuser in tests), for tests that play someone with full
 * database access; the application itself connects as the less privileged runtime role.
 */
public final class OwnerDatabase {

	private OwnerDatabase() {
	}

	public static DatabaseClient client(KarvonDatabase database) {
		return DatabaseClient.create(new PostgresqlConnectionFactory(database.endpoint().r2dbc("karvon-test-owner").build()));
	}

}
