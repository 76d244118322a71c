package org.karvon.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.karvon.consignment.DeclarationChain;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationKind;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V30 on a database that already holds consignments (migrated to V15 and filled as Karvon did then):
 * each record gets a REGISTERED entry from its current declaration, a cancelled one a CANCELLED entry too,
 * every entry is queued into the transparency log, and the chain verifies.
 */
@IntegrationTest
class DeclarationBackfillMigrationIntegrationTests {

	static final String DETAILS = """
			{"consignor": {"name": "Ўзбек \\"Пахта\\"", "country": "UZ", "address": "Tashkent\\n1", "taxId": null},
			 "goods": [{"hsCode": "520100", "packages": 12, "value": {"amount": "1.50", "currency": "USD"}}],
			 "seals": [], "departurePost": "UZTAS", "links": {"tirCarnet": null}}""";

	/** RFC 8785 of DETAILS with the null members left out. */
	static final String CANONICAL = "{\"consignor\":{\"address\":\"Tashkent\\n1\",\"country\":\"UZ\",\"name\":"
			+ "\"Ўзбек \\\"Пахта\\\"\"},\"departurePost\":\"UZTAS\",\"goods\":[{\"hsCode\":\"520100\",\"packages\":12,"
			+ "\"value\":{\"amount\":\"1.50\",\"currency\":\"USD\"}}],\"links\":{},\"seals\":[]}";

	@Autowired
	KarvonDatabase karvon;

	@Test
	void givesEveryExistingRecordItsDeclarationEntriesAndQueuesThem() throws SQLException {
		DatabaseEndpoint server = karvon.endpoint();
		DatabaseEndpoint old = ThrowawayDatabase.create(server);
		try {
			flyway(old).target("15").load().migrate();
			try (Connection connection = DatabaseLocator.connect(old)) {
				fillAsBeforeV30(connection);
			}
			flyway(old).load().migrate();
			try (Connection connection = DatabaseLocator.connect(old)) {
				List<DeclarationEntry> registered = entries(connection, "UZ26TAS0000000001A");
				assertThat(registered).extracting(DeclarationEntry::kind).containsExactly(DeclarationKind.REGISTERED);
				assertThat(registered.get(0).declaration()).hasValue(CANONICAL);
				assertThat(registered.get(0).at()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
				assertThat(DeclarationChain.verify(registered, new DeclarationChain.Declared(1, false, CANONICAL)).valid())
					.isTrue();

				List<DeclarationEntry> cancelled = entries(connection, "UZ26TAS0000000002A");
				assertThat(cancelled).extracting(DeclarationEntry::kind)
					.containsExactly(DeclarationKind.REGISTERED, DeclarationKind.CANCELLED);
				assertThat(cancelled).extracting(DeclarationEntry::version).containsExactly(3, 3);
				assertThat(DeclarationChain.verify(cancelled, new DeclarationChain.Declared(3, true, CANONICAL)).valid())
					.isTrue();
				assertThat(Sql.count(connection, "select count(*) from log_queue q join declaration_version d "
						+ "on q.entry_hash = decode(d.hash, 'hex')")).isEqualTo(3);
			}
		}
		finally {
			ThrowawayDatabase.drop(old, server);
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseEndpoint endpoint) {
		return Flyway.configure().dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
			.locations("classpath:db/migration");
	}

	private static void fillAsBeforeV30(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("insert into organization (id, name, country) values "
					+ "('00000000-0000-0000-0000-000000000001', 'Old Carrier', 'UZ')");
			for (String[] row : new String[][] { { "UZ26TAS0000000001A", "1", "REGISTERED" },
					{ "UZ26TAS0000000002A", "3", "CANCELLED" } }) {
				statement.execute("insert into consignment (number, version, status, carrier_organization_id, "
						+ "departure_post, destination_post, itinerary, details, seals, qr_token, created_at, updated_at) "
						+ "values ('" + row[0] + "', " + row[1] + ", '" + row[2] + "', "
						+ "'00000000-0000-0000-0000-000000000001', 'UZTAS', 'KZALA', '{UZ,KZ}', '"
						+ DETAILS.replace("'", "''") + "', '{}', 'token', '2026-01-02T03:04:05.678901Z', "
						+ "'2026-01-03T00:00:00Z')");
			}
		}
	}

	private static List<DeclarationEntry> entries(Connection connection, String number) throws SQLException {
		List<DeclarationEntry> entries = new ArrayList<>();
		try (var query = connection.prepareStatement(
				"select * from declaration_version where consignment_number = ? order by seq")) {
			query.setString(1, number);
			ResultSet rows = query.executeQuery();
			while (rows.next()) {
				entries.add(new DeclarationEntry(rows.getString("consignment_number"), rows.getInt("seq"),
						rows.getInt("version"), DeclarationKind.valueOf(rows.getString("kind")), rows.getString("post_code"),
						Optional.ofNullable(rows.getString("declaration")), rows.getString("declaration_hash"),
						rows.getString("prev_hash"), rows.getString("hash"),
						rows.getObject("at", java.time.OffsetDateTime.class).toInstant()));
			}
		}
		return entries;
	}

}
