package org.karvon.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC for the migration tests, which work on a database no Karvon instance has open. */
final class Sql {

	private Sql() {
	}

	/** The first column of the first row of {@code sql}: a count. */
	static long count(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
