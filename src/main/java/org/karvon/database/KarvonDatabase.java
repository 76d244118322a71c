package org.karvon.database;

import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The database this Karvon instance runs on, migrated to the newest schema before anything else
 * touches it. Owns the embedded server or the scoped (throwaway) database, if any, and cleans them up last.
 */
public final class KarvonDatabase implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KarvonDatabase.class);

	private final DatabaseLocator.LocatedDatabase located;

	private final DatabaseEndpoint endpoint;

	private final Optional<DatabaseScope> scope;

	private final DatabaseEndpoint runtime;

	KarvonDatabase(DatabaseProperties properties, Optional<DatabaseScope> scope, String runtimeUser,
			String runtimePassword, List<JavaMigration> javaMigrations) {
		if (properties.throwaway() && scope.isEmpty()) {
			throw new IllegalStateException("karvon.db.throwaway=true needs the test classpath's ThrowawayDatabase");
		}
		this.located = new DatabaseLocator(properties).locate();
		this.scope = scope;
		this.endpoint = scope.map((s) -> s.open(located.endpoint())).orElse(located.endpoint());
		migrate(javaMigrations);
		this.runtime = DatabaseRoles.runtime(endpoint, runtimeUser, runtimePassword);
	}

	/** As the owner of the schema: migrations (and tests that play a superuser). */
	public DatabaseEndpoint endpoint() {
		return endpoint;
	}

	/** As the runtime role: what the application's connections use (see {@link DatabaseRoles}). */
	public DatabaseEndpoint runtimeEndpoint() {
		return runtime;
	}

	/** The SQL migrations of {@code schema/} and the Java migrations other features contribute as beans (e.g. key wrapping). */
	private void migrate(List<JavaMigration> javaMigrations) {
		var result = Flyway.configure()
			.dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
			.locations("classpath:db/migration")
			.javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
			.load()
			.migrate();
		log.info("Database {} is at schema version {}", endpoint, result.targetSchemaVersion);
	}

	@Override
	public void destroy() {
		scope.ifPresent((s) -> s.close(endpoint, located.endpoint()));
		located.onShutdown().run();
	}

}
