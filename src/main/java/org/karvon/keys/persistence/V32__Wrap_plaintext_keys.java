package org.karvon.keys.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.ParseException;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.OctetKeyPair;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.karvon.keys.KeyPurpose;
import org.karvon.keys.MasterKey;

/**
 * Wraps the plaintext keys of older versions into {@code wrapped_key} (created by V31) and removes the
 * plaintext: every QR signing key of {@code signing_key} (the newest active one stays active, the others are
 * retired) and the access-token key of {@code service_secret}. The table {@code signing_key} is dropped.
 * The master key is read (or, for a database without wrapped keys, created) only if there is something to wrap.
 */
public class V32__Wrap_plaintext_keys extends BaseJavaMigration {

	/** The kid given to the access-token key that older versions kept in {@code service_secret}. */
	public static final String LEGACY_TOKEN_KID = "t-initial";

	private final Supplier<MasterKey> masterKey;

	public V32__Wrap_plaintext_keys(Supplier<MasterKey> masterKey) {
		this.masterKey = masterKey;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		wrapSigningKeys(connection);
		wrapTokenKey(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table signing_key");
			statement.execute("delete from service_secret where name = 'access-token-hmac'");
		}
	}

	private void wrapSigningKeys(Connection connection) throws SQLException {
		String newestActive = null;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select kid from signing_key where active order by created_at desc, kid desc limit 1")) {
			if (rows.next()) {
				newestActive = rows.getString(1);
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select kid, jwk, created_at from signing_key")) {
			while (rows.next()) {
				String kid = rows.getString("kid");
				OctetKeyPair jwk = parse(rows.getString("jwk"), kid);
				insert(connection, KeyPurpose.QR_SIGNING, kid, jwk.getDecodedD(), jwk.getDecodedX(),
						kid.equals(newestActive), rows.getTimestamp("created_at"));
			}
		}
	}

	private void wrapTokenKey(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select value, created_at from service_secret where name = 'access-token-hmac'")) {
			if (rows.next()) {
				insert(connection, KeyPurpose.ACCESS_TOKEN_HMAC, LEGACY_TOKEN_KID, rows.getBytes("value"), null, true,
						rows.getTimestamp("created_at"));
			}
		}
	}

	private void insert(Connection connection, KeyPurpose purpose, String kid, byte[] secret, byte[] publicKey,
			boolean active, Timestamp createdAt) throws SQLException {
		byte[] wrapped = masterKey.get().wrapFor(purpose).wrap(kid, secret);
		try (PreparedStatement insert = connection.prepareStatement("insert into wrapped_key (purpose, kid, wrapped, "
				+ "public_key, state, created_at, retired_at) values (?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, purpose.label());
			insert.setString(2, kid);
			insert.setBytes(3, wrapped);
			insert.setBytes(4, publicKey);
			insert.setString(5, active ? "ACTIVE" : "RETIRED");
			insert.setTimestamp(6, createdAt);
			insert.setTimestamp(7, active ? null : createdAt);
			insert.executeUpdate();
		}
	}

	private static OctetKeyPair parse(String jwk, String kid) {
		try {
			return OctetKeyPair.parse(jwk);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("signing key " + kid + " is not a readable JWK", ex);
		}
	}

}
