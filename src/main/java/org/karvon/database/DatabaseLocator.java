package org.karvon.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the database in a fixed order: the configured URL, else embedded PostgreSQL (only for a
 * regular user: PostgreSQL refuses to run as root), else the local server on 127.0.0.1:5432 as
 * {@code postgres}. Whatever is found gets a {@code karvon} database if it lacks one.
 */
class DatabaseLocator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseLocator.class);

	private static final String DEFAULT_DATABASE = "karvon";

	private final DatabaseProperties properties;

	DatabaseLocator(DatabaseProperties properties) {
		this.properties = properties;
	}

	LocatedDatabase locate() {
		if (properties.hasUrl()) {
			DatabaseEndpoint endpoint = DatabaseEndpoint.parse(properties.url(), properties.user(), properties.password());
			requireReachable(endpoint);
			return new LocatedDatabase(endpoint, () -> { });
		}
		if (!runningAsRoot()) {
			try {
				return startEmbedded();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Embedded PostgreSQL did not start ({}); trying the local server", ex.getMessage());
			}
		}
		return localServer();
	}

	private LocatedDatabase startEmbedded() throws IOException {
		Files.createDirectories(properties.embeddedDataDir());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(properties.embeddedDataDir())
			.setCleanDataDirectory(false)
			.start();
		DatabaseEndpoint server = new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", null);
		createIfMissing(server, DEFAULT_DATABASE);
		log.info("Started embedded PostgreSQL on port {} with data in {}", postgres.getPort(), properties.embeddedDataDir());
		return new LocatedDatabase(server.withDatabase(DEFAULT_DATABASE), () -> closeQuietly(postgres));
	}

	private LocatedDatabase localServer() {
		DatabaseEndpoint server = new DatabaseEndpoint("127.0.0.1", DatabaseEndpoint.DEFAULT_PORT, "postgres", "postgres", null);
		try {
			createIfMissing(server, DEFAULT_DATABASE);
		}
		catch (RuntimeException ex) {
			throw new NoDatabaseException("Karvon found no PostgreSQL: KARVON_DB_URL is not set, embedded PostgreSQL "
					+ "cannot run " + (runningAsRoot() ? "as root" : "here") + ", and no server answers on 127.0.0.1:5432.", ex);
		}
		log.info("Using the local PostgreSQL server at {}", server.withDatabase(DEFAULT_DATABASE));
		return new LocatedDatabase(server.withDatabase(DEFAULT_DATABASE), () -> { });
	}

	static void createIfMissing(DatabaseEndpoint server, String database) {
		try (Connection connection = connect(server);
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database \"" + database + "\"");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach " + server + ": " + ex.getMessage(), ex);
		}
	}

	static Connection connect(DatabaseEndpoint endpoint) throws SQLException {
		Properties info = new Properties();
		info.setProperty("user", endpoint.user());
		if (endpoint.password() != null) {
			info.setProperty("password", endpoint.password());
		}
		info.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(endpoint.jdbcUrl(), info);
	}

	private static void requireReachable(DatabaseEndpoint endpoint) {
		try (Connection ignored = connect(endpoint)) {
			// reachable
		}
		catch (SQLException ex) {
			throw new NoDatabaseException("Karvon cannot connect to " + endpoint + " (" + ex.getMessage() + ").", ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** A database that was found, and what to do when Karvon stops with it. */
	record LocatedDatabase(DatabaseEndpoint endpoint, Runnable onShutdown) {
	}

}
