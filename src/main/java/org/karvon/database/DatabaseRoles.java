package org.karvon.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Least privilege: migrations run as the owner of the schema; the application's pool connects as a
 * runtime role that may read and write rows, but may not UPDATE, DELETE or TRUNCATE the append-only
 * tables ({@link #APPEND_ONLY}), touch Flyway's history, or alter any table or trigger (it owns
 * none). The role is the one configured ({@code KARVON_DB_RUNTIME_USER}), or one Karvon creates,
 * {@code <database>_runtime}, with a random password kept in {@code service_secret} so that every
 * instance agrees on it. Grants are re-applied after every migration, so new tables are covered.
 */
final class DatabaseRoles {

	static final String[] APPEND_ONLY = { "movement_event", "scan_log", "security_event", "declaration_version",
			"log_leaf", "log_node", "log_witness_refusal" };

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	private static final String SECRET = "database-runtime-password";

	private DatabaseRoles() {
	}

	/** The name of the role Karvon creates for a database. */
	static String runtimeRoleFor(String database) {
		String name = database + "_runtime";
		return name.length() > 63 ? name.substring(name.length() - 63) : name;
	}

	/** Prepares the runtime role and returns the endpoint the application should connect to. */
	static DatabaseEndpoint runtime(DatabaseEndpoint owner, String configuredUser, String configuredPassword) {
		boolean configured = configuredUser != null && !configuredUser.isBlank();
		String role = configured ? configuredUser : runtimeRoleFor(owner.database());
		try (Connection connection = DatabaseLocator.connect(owner)) {
			String password = configured ? configuredPassword : createOrUpdate(connection, role);
			grant(connection, role, owner.database());
			log.info("The application connects to {} as runtime role {}", owner.database(), role);
			return new DatabaseEndpoint(owner.host(), owner.port(), owner.database(), role, password);
		}
		catch (SQLException ex) {
			if (configured) {
				throw new IllegalStateException("Cannot grant the runtime role " + role + " its privileges: " + ex.getMessage(), ex);
			}
			log.warn("Cannot create the runtime role {} ({}); connecting as {} — the append-only tables are then "
					+ "protected by triggers only. Set KARVON_DB_RUNTIME_USER, or give {} CREATEROLE.", role,
					ex.getMessage(), owner.user(), owner.user());
			return owner;
		}
	}

	private static String createOrUpdate(Connection connection, String role) throws SQLException {
		String password = secret(connection);
		try (Statement statement = connection.createStatement()) {
			boolean exists;
			try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = " + literal(role))) {
				exists = rows.next();
			}
			String options = " with login nosuperuser nocreatedb nocreaterole noinherit password " + literal(password);
			if (!exists) {
				try {
					statement.execute("create role " + identifier(role) + options);
				}
				catch (SQLException raced) {
					if (!"42710".equals(raced.getSQLState())) {
						throw raced;
					}
				}
			}
			statement.execute("alter role " + identifier(role) + options);
		}
		return password;
	}

	private static void grant(Connection connection, String role, String database) throws SQLException {
		String r = identifier(role);
		// One transaction: instances already running (a rolling restart) must never see the moment between
		// the revoke and the grants, which answered them "permission denied"; the lock queues instances
		// starting together instead of failing one with "tuple concurrently updated".
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_xact_lock(hashtext('karvon-runtime-grants'))");
			statement.execute("grant connect on database " + identifier(database) + " to " + r);
			statement.execute("grant usage on schema public to " + r);
			statement.execute("revoke all on all tables in schema public from " + r);
			statement.execute("grant select, insert, update, delete on all tables in schema public to " + r);
			statement.execute("grant usage, select on all sequences in schema public to " + r);
			statement.execute("revoke update, delete, truncate on " + String.join(", ", APPEND_ONLY) + " from " + r);
			statement.execute("revoke all on flyway_schema_history from " + r);
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** The shared runtime password: made once by whichever instance comes first. */
	private static String secret(Connection connection) throws SQLException {
		byte[] candidate = new byte[24];
		new SecureRandom().nextBytes(candidate);
		try (var insert = connection.prepareStatement(
				"insert into service_secret (name, value) values (?, ?) on conflict (name) do nothing");
				var select = connection.prepareStatement("select value from service_secret where name = ?")) {
			insert.setString(1, SECRET);
			insert.setBytes(2, candidate);
			insert.executeUpdate();
			select.setString(1, SECRET);
			try (var rows = select.executeQuery()) {
				rows.next();
				return HexFormat.of().formatHex(rows.getBytes(1));
			}
		}
	}

	static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
