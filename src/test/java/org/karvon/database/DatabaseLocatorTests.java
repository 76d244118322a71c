package org.karvon.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseLocatorTests {

	@Test
	void stopsWithOneClearSentenceWhenTheConfiguredServerIsUnreachable() {
		DatabaseProperties nowhere = new DatabaseProperties("postgresql://127.0.0.1:1/karvon", "karvon", null,
				Path.of("target/none"), false, 2);
		assertThatThrownBy(() -> new DatabaseLocator(nowhere).locate()).isInstanceOf(NoDatabaseException.class)
			.hasMessageStartingWith("Karvon cannot connect to postgresql://karvon@127.0.0.1:1/karvon");
	}

	@Test
	void refusesAUrlThatIsNotPostgres() {
		DatabaseProperties wrong = new DatabaseProperties("mysql://localhost/karvon", null, null, Path.of("target/none"),
				false, 2);
		assertThatThrownBy(() -> new DatabaseLocator(wrong).locate()).hasMessageContaining("postgresql://host:port/database");
	}

}
