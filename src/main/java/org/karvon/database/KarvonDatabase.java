package org.karvon.database;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The database this Karvon instance runs on, migrated to the newest schema before anything else
 * touches it. Owns the embedded server or throwaway database, if any, and cleans them up last.
 */
public final class KarvonDatabase implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KarvonDatabase.class);

	private final DatabaseLocator.LocatedDatabase located;

	private final DatabaseEndpoint endpoint;

	KarvonDatabase(DatabaseProperties properties) {
		this.located = new DatabaseLocator(properties).locate();
		this.endpoint = properties.throwaway() ? ThrowawayDatabase.create(located.endpoint()) : located.endpoint();
		migrate();
	}

	public DatabaseEndpoint endpoint() {
		return endpoint;
	}

	private void migrate() {
		var result = Flyway.configure()
			.dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		log.info("Database {} is at schema version {}", endpoint, result.targetSchemaVersion);
	}

	@Override
	public void destroy() {
		if (!endpoint.equals(located.endpoint())) {
			ThrowawayDatabase.drop(endpoint, located.endpoint());
		}
		located.onShutdown().run();
	}

}
