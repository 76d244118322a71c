package org.karvon.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;

/**
 * One PostgreSQL database Karvon can connect to; both the R2DBC pool and Flyway's JDBC
 * connection are derived from it, so they can never point at different databases.
 */
public record DatabaseEndpoint(String host, int port, String database, String user, String password) {

	public static final int DEFAULT_PORT = 5432;

	/** Parses the form {@code psql} takes: {@code postgresql://[user[:password]@]host[:port]/database}. */
	public static DatabaseEndpoint parse(String url, String user, String password) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("KARVON_DB_URL is not a URL: expected postgresql://host:port/database");
		}
		if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new IllegalArgumentException("KARVON_DB_URL must look like postgresql://host:port/database");
		}
		String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
		String database = path.isEmpty() ? "karvon" : path;
		String urlUser = null;
		String urlPassword = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			urlUser = decode(parts[0]);
			urlPassword = parts.length > 1 ? decode(parts[1]) : null;
		}
		return new DatabaseEndpoint(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT, database,
				firstNonBlank(user, urlUser, "postgres"), firstNonBlank(password, urlPassword, null));
	}

	public DatabaseEndpoint withDatabase(String otherDatabase) {
		return new DatabaseEndpoint(host, port, otherDatabase, user, password);
	}

	/** An R2DBC configuration for this database; callers add what differs (loops, timeouts). */
	public PostgresqlConnectionConfiguration.Builder r2dbc(String applicationName) {
		return PostgresqlConnectionConfiguration.builder()
			.host(host)
			.port(port)
			.database(database)
			.username(user)
			.password(password)
			.applicationName(applicationName)
			.connectTimeout(Duration.ofSeconds(3));
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

	@Override
	public String toString() {
		return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String firstNonBlank(String first, String second, String fallback) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return second != null && !second.isBlank() ? second : fallback;
	}

}
