package org.karvon.keys;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.karvon.database.KarvonDatabase;
import org.karvon.keys.persistence.V32__Wrap_plaintext_keys;
import org.karvon.signing.SigningKey;
import org.karvon.signing.SigningKeys;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database of an older version: V20 wraps the plaintext QR signing keys and access-token key
 * with the master key and removes the plaintext. Runs on a database of its own, migrated to V31 first.
 */
@IntegrationTest
class PlaintextKeyMigrationIntegrationTests {

	@Autowired
	KarvonDatabase database;

	@Test
	void wrapsThePlaintextKeysOfAnOlderDatabaseAndDropsThem() throws Exception {
		var endpoint = database.endpoint();
		String name = endpoint.database() + "_v20";
		String url = "jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + name;
		byte[] raw = new byte[32];
		new SecureRandom().nextBytes(raw);
		MasterKey master = MasterKey.parse(raw);
		SigningKey retired = SigningKeys.generate("k-2026-10-0001", Instant.parse("2026-10-01T00:00:00Z"));
		SigningKey active = SigningKeys.generate("k-2026-11-0002", Instant.parse("2026-11-01T00:00:00Z"));
		byte[] hmac = new byte[32];
		new SecureRandom().nextBytes(hmac);
		execute(endpoint.jdbcUrl(), endpoint, "create database " + name);
		try {
			flyway(url, endpoint, master).target("31").load().migrate();
			try (Connection db = DriverManager.getConnection(url, endpoint.user(), endpoint.password())) {
				var insert = db.prepareStatement("insert into signing_key (kid, jwk, active, created_at) values (?, ?, ?, ?)");
				for (SigningKey key : new SigningKey[] { retired, active }) {
					insert.setString(1, key.kid());
					insert.setString(2, key.toJson());
					insert.setBoolean(3, key == active);
					insert.setTimestamp(4, java.sql.Timestamp.from(key.createdAt()));
					insert.executeUpdate();
				}
				var secret = db.prepareStatement("insert into service_secret (name, value) values ('access-token-hmac', ?)");
				secret.setBytes(1, hmac);
				secret.executeUpdate();
			}

			flyway(url, endpoint, master).load().migrate();

			try (Connection db = DriverManager.getConnection(url, endpoint.user(), endpoint.password());
					Statement statement = db.createStatement()) {
				assertThat(exists(statement, "select 1 from information_schema.tables where table_name = 'signing_key'")).isFalse();
				assertThat(exists(statement, "select 1 from service_secret where name = 'access-token-hmac'")).isFalse();
				assertThat(unwrapped(statement, master, KeyPurpose.QR_SIGNING, active.kid(), "ACTIVE"))
					.isEqualTo(active.keyPair().getDecodedD());
				assertThat(unwrapped(statement, master, KeyPurpose.QR_SIGNING, retired.kid(), "RETIRED"))
					.isEqualTo(retired.keyPair().getDecodedD());
				assertThat(unwrapped(statement, master, KeyPurpose.ACCESS_TOKEN_HMAC, V32__Wrap_plaintext_keys.LEGACY_TOKEN_KID,
						"ACTIVE")).isEqualTo(hmac);
			}
		}
		finally {
			execute(endpoint.jdbcUrl(), endpoint, "drop database if exists " + name + " with (force)");
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url,
			org.karvon.database.DatabaseEndpoint endpoint, MasterKey master) {
		return Flyway.configure().dataSource(url, endpoint.user(), endpoint.password()).locations("classpath:db/migration")
			.javaMigrations(new V32__Wrap_plaintext_keys(() -> master));
	}

	private static byte[] unwrapped(Statement statement, MasterKey master, KeyPurpose purpose, String kid, String state)
			throws Exception {
		try (ResultSet row = statement.executeQuery("select wrapped, state from wrapped_key where purpose = '"
				+ purpose.label() + "' and kid = '" + kid + "'")) {
			assertThat(row.next()).as(purpose + " " + kid).isTrue();
			assertThat(row.getString("state")).isEqualTo(state);
			return master.wrapFor(purpose).unwrap(kid, row.getBytes("wrapped"));
		}
	}

	private static boolean exists(Statement statement, String sql) throws Exception {
		try (ResultSet rows = statement.executeQuery(sql)) {
			return rows.next();
		}
	}

	private static void execute(String url, org.karvon.database.DatabaseEndpoint endpoint, String sql) throws Exception {
		try (Connection db = DriverManager.getConnection(url, endpoint.user(), endpoint.password());
				Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

}
