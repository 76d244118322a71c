package org.karvon.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The application's own connections cannot rewrite history: the runtime role may append to the
 * journal, the scan log and the security log, but not update, delete, truncate or switch their
 * triggers off; and even the owner cannot truncate them.
 */
@IntegrationTest
class LeastPrivilegeIntegrationTests {

	@Autowired
	KarvonDatabase database;

	@Autowired
	Api api;

	@Test
	void theApplicationConnectsAsARuntimeRoleThatIsNeitherOwnerNorSuperuser() throws SQLException {
		DatabaseEndpoint runtime = database.runtimeEndpoint();
		assertThat(runtime.user()).isNotEqualTo(database.endpoint().user());
		try (Connection connection = DatabaseLocator.connect(runtime); var statement = connection.createStatement();
				var rows = statement.executeQuery("select rolsuper, (select tableowner from pg_tables where tablename = "
						+ "'movement_event') = current_user from pg_roles where rolname = current_user")) {
			rows.next();
			assertThat(rows.getBoolean(1)).as("superuser").isFalse();
			assertThat(rows.getBoolean(2)).as("owns movement_event").isFalse();
		}
	}

	@Test
	void theRuntimeRoleCannotEditTruncateOrUnprotectTheAppendOnlyTables() throws SQLException {
		aJournalWithOneEvent();
		try (Connection connection = DatabaseLocator.connect(database.runtimeEndpoint())) {
			connection.setAutoCommit(true);
			for (String table : DatabaseRoles.APPEND_ONLY) {
				String column = firstColumn(connection, table);
				refused(connection, "update " + table + " set " + column + " = " + column);
				refused(connection, "delete from " + table);
				refused(connection, "truncate " + table);
				refused(connection, "alter table " + table + " disable trigger all");
				refused(connection, "drop trigger if exists " + table + "_no_update on " + table);
			}
			refused(connection, "delete from flyway_schema_history");
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select count(*) from movement_event")) {
				rows.next();
				assertThat(rows.getLong(1)).isPositive();
			}
		}
	}

	/** A restarting instance re-applies the grants while the others keep serving (a rolling restart). */
	@Test
	void reapplyingTheGrantsNeverLeavesARunningInstanceWithoutItsPrivileges() throws Exception {
		DatabaseEndpoint runtime = database.runtimeEndpoint();
		AtomicBoolean regranting = new AtomicBoolean(true);
		CompletableFuture<List<String>> refusals = CompletableFuture.supplyAsync(() -> {
			List<String> seen = new ArrayList<>();
			try (Connection connection = DatabaseLocator.connect(runtime); var statement = connection.createStatement()) {
				while (regranting.get()) {
					try (var rows = statement.executeQuery("select count(*) from consignment")) {
						rows.next();
					}
					catch (SQLException ex) {
						seen.add(ex.getSQLState() + " " + ex.getMessage());
					}
				}
			}
			catch (SQLException ex) {
				seen.add("connect: " + ex.getMessage());
			}
			return seen;
		});
		for (int i = 0; i < 40; i++) {
			DatabaseRoles.runtime(database.endpoint(), runtime.user(), runtime.password());
		}
		regranting.set(false);
		assertThat(refusals.get(30, TimeUnit.SECONDS)).isEmpty();
	}

	@Test
	void evenTheOwnerCannotTruncateTheJournal() throws SQLException {
		aJournalWithOneEvent();
		try (Connection connection = DatabaseLocator.connect(database.endpoint())) {
			for (String table : DatabaseRoles.APPEND_ONLY) {
				assertThatThrownBy(() -> connection.createStatement().execute("truncate " + table + " cascade"))
					.as(table).hasMessageContaining("append-only");
			}
		}
	}

	private void aJournalWithOneEvent() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
	}

	private static String firstColumn(Connection connection, String table) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(
				"select column_name from information_schema.columns where table_name = '" + table + "' order by ordinal_position")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void refused(Connection connection, String sql) {
		assertThatThrownBy(() -> connection.createStatement().execute(sql)).as(sql).isInstanceOf(SQLException.class)
			.hasMessageMatching("(?s).*(permission denied|must be owner|append-only).*");
	}

}
