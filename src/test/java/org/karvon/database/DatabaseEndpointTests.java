package org.karvon.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseEndpointTests {

	@Test
	void readsThePsqlUrlForm() {
		DatabaseEndpoint endpoint = DatabaseEndpoint.parse("postgresql://db.example:6543/transit", "karvon", "s3cret");
		assertThat(endpoint).isEqualTo(new DatabaseEndpoint("db.example", 6543, "transit", "karvon", "s3cret"));
		assertThat(endpoint.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/transit");
	}

	@Test
	void takesCredentialsFromTheUrlWhenNotGivenSeparately() {
		DatabaseEndpoint endpoint = DatabaseEndpoint.parse("postgres://ops:p%40ss@localhost/karvon", null, "");
		assertThat(endpoint.user()).isEqualTo("ops");
		assertThat(endpoint.password()).isEqualTo("p@ss");
		assertThat(endpoint.port()).isEqualTo(5432);
	}

	@Test
	void neverPrintsThePassword() {
		assertThat(DatabaseEndpoint.parse("postgresql://h:1/d", "u", "topsecret").toString()).doesNotContain("topsecret");
	}

	@Test
	void rejectsAJdbcUrlWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseEndpoint.parse("jdbc:postgresql://h/d", null, null))
			.withMessageContaining("postgresql://host:port/database");
	}

}
