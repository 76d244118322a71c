package org.karvon.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. Empty {@code url} means "find one": embedded PostgreSQL for a regular
 * user, the local server on 127.0.0.1:5432 for root (PostgreSQL refuses to run as root).
 *
 * @param url psql-style {@code postgresql://host:port/database}, or empty
 * @param user user name for {@code url}
 * @param password password for {@code url}
 * @param embeddedDataDir where embedded PostgreSQL keeps its cluster, so data survives restarts
 * @param throwaway create a fresh database on the resolved server and drop it on shutdown (tests)
 * @param poolSize maximum pooled connections
 */
@ConfigurationProperties("karvon.db")
public record DatabaseProperties(String url, String user, String password,
		@DefaultValue("data/postgres") Path embeddedDataDir, @DefaultValue("false") boolean throwaway,
		@DefaultValue("20") int poolSize) {

	public boolean hasUrl() {
		return url != null && !url.isBlank();
	}

}
