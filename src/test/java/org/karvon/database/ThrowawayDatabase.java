package org.karvon.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A database created fresh for one test run on an existing server and dropped afterwards, so
 * tests can run again and again and never see a developer's data.
 */
@Component
@ConditionalOnProperty(name = "karvon.db.throwaway", havingValue = "true")
final class ThrowawayDatabase implements DatabaseScope {

	private static final Logger log = LoggerFactory.getLogger(ThrowawayDatabase.class);

	@Override
	public DatabaseEndpoint open(DatabaseEndpoint server) {
		return create(server);
	}

	@Override
	public void close(DatabaseEndpoint opened, DatabaseEndpoint server) {
		drop(opened, server);
	}

	static final String PREFIX = "karvon_test_";

	/** A test run killed before its shutdown hook leaves its database behind; this old, it is an orphan. */
	static final Duration ORPHAN_AGE = Duration.ofHours(6);

	static DatabaseEndpoint create(DatabaseEndpoint server) {
		dropOrphans(server, Instant.now());
		String name = nameFor(Instant.now());
		DatabaseLocator.createIfMissing(server, name);
		log.info("Created throwaway database {}", name);
		return server.withDatabase(name);
	}

	/** {@code karvon_test_<epoch seconds>_<random>}: the name says when it was made. */
	static String nameFor(Instant at) {
		return PREFIX + at.getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	/** Whether a database name is a throwaway made before {@code cutoff}; other names are never touched. */
	static boolean isOrphan(String name, Instant cutoff) {
		String[] parts = name.startsWith(PREFIX) ? name.substring(PREFIX.length()).split("_") : new String[0];
		if (parts.length != 2 || !parts[0].matches("\\d{1,12}")) {
			return false;
		}
		return Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(cutoff);
	}

	private static void dropOrphans(DatabaseEndpoint server, Instant now) {
		List<String> orphans = new ArrayList<>();
		try (Connection connection = DatabaseLocator.connect(server);
				var query = connection.prepareStatement("""
						select datname from pg_database d where datname like 'karvon\\_test\\_%'
						and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)""")) {
			var rows = query.executeQuery();
			while (rows.next()) {
				if (isOrphan(rows.getString(1), now.minus(ORPHAN_AGE))) {
					orphans.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Could not look for orphaned throwaway databases: {}", ex.getMessage());
		}
		orphans.forEach((name) -> drop(server.withDatabase(name), server));
	}

	static void drop(DatabaseEndpoint throwaway, DatabaseEndpoint server) {
		try (Connection connection = DatabaseLocator.connect(server); var drop = connection.createStatement()) {
			drop.execute("drop database if exists \"" + throwaway.database() + "\" with (force)");
			drop.execute("drop role if exists " + DatabaseRoles.identifier(DatabaseRoles.runtimeRoleFor(throwaway.database())));
		}
		catch (SQLException ex) {
			log.warn("Could not drop throwaway database {}: {}", throwaway.database(), ex.getMessage());
		}
	}

}
