package org.karvon.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database created fresh for one test run on an existing server and dropped afterwards, so
 * tests can run again and again and never see a developer's data.
 */
final class ThrowawayDatabase {

	private static final Logger log = LoggerFactory.getLogger(ThrowawayDatabase.class);

	private ThrowawayDatabase() {
	}

	static DatabaseEndpoint create(DatabaseEndpoint server) {
		String name = "karvon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		DatabaseLocator.createIfMissing(server, name);
		log.info("Created throwaway database {}", name);
		return server.withDatabase(name);
	}

	static void drop(DatabaseEndpoint throwaway, DatabaseEndpoint server) {
		try (Connection connection = DatabaseLocator.connect(server); var drop = connection.createStatement()) {
			drop.execute("drop database if exists \"" + throwaway.database() + "\" with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop throwaway database {}: {}", throwaway.database(), ex.getMessage());
		}
	}

}
