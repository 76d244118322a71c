package org.karvon.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.KarvonApplication;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The backfill migrations (V29 queues every stored movement event, V30's {@code declaration_backfill()} gives
 * every record its REGISTERED entry) on a database whose chains are outside the log, as every database was
 * before V28: journeys recorded by one instance, the log and the declaration chains then emptied; a fresh
 * instance sequences what the backfill queued, and {@code /integrity} of every journey is valid again, with
 * each entry in the log exactly once.
 */
@IntegrationTest
class LogBackfillMigrationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	KarvonDatabase karvon;

	@TempDir
	Path dir;

	@Test
	void bringsChainsRecordedBeforeTheLogIntoItAndIntegrityHoldsAfterwards() throws Exception {
		DatabaseEndpoint server = karvon.endpoint();
		DatabaseEndpoint old = ThrowawayDatabase.create(server);
		try {
			List<String> numbers;
			try (Instance first = Instance.start(old, dir)) {
				numbers = List.of(first.journey(), first.journey());
			}
			try (Connection connection = DatabaseLocator.connect(old)) {
				asBeforeTheLog(connection);
				assertThat(Sql.count(connection, "select count(*) from log_leaf")).isZero();
				run(connection, "db/migration/V29__backfill_transparency_log.sql");
				assertThat(Sql.count(connection, "select declaration_backfill()")).isEqualTo(numbers.size());
				assertThat(Sql.count(connection, "select count(*) from log_queue"))
					.isEqualTo(Sql.count(connection, "select count(*) from movement_event")
							+ Sql.count(connection, "select count(*) from declaration_version"));
			}
			try (Instance second = Instance.start(old, dir)) {
				for (String number : numbers) {
					Eventually.holds(PATIENCE, () -> {
						Map<?, ?> integrity = second.integrity(number);
						Map<?, ?> log = (Map<?, ?>) integrity.get("log");
						return Boolean.TRUE.equals(integrity.get("valid")) && whole(log.get("checkpointSize")) > 0
								&& whole(log.get("sequenced")) == whole(integrity.get("events")) + 1;
					});
				}
			}
			try (Connection connection = DatabaseLocator.connect(old)) {
				assertThat(Sql.count(connection, "select count(*) from log_leaf"))
					.isEqualTo(Sql.count(connection, "select count(*) from movement_event")
							+ Sql.count(connection, "select count(*) from declaration_version"));
				assertThat(Sql.count(connection, "select count(*) from log_queue")).isZero();
			}
		}
		finally {
			ThrowawayDatabase.drop(old, server);
		}
	}

	/** What a database looked like before V28: no log, no declaration chain (as its owner, past the append-only guards). */
	private static void asBeforeTheLog(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
			for (String table : List.of("log_queue", "log_leaf", "log_node", "log_checkpoint", "declaration_version")) {
				statement.execute("delete from " + table);
			}
			statement.execute("set session_replication_role = origin");
		}
	}

	private static void run(Connection connection, String resource) throws SQLException, IOException {
		try (InputStream in = LogBackfillMigrationIntegrationTests.class.getClassLoader().getResourceAsStream(resource);
				var statement = connection.createStatement()) {
			statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A JSON number, or -1 while it is absent. */
	private static long whole(Object number) {
		return number instanceof Number n ? n.longValue() : -1;
	}

	/** A Karvon instance of its own on the old database, checkpointing every second. */
	private static final class Instance implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final Api api;

		private final WebClient client;

		private Instance(ConfigurableApplicationContext context) {
			this.context = context;
			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			this.api = new Api(org.springframework.test.web.reactive.server.WebTestClient.bindToServer().baseUrl(base)
				.responseTimeout(Duration.ofSeconds(30)).build());
			this.client = WebClient.create(base);
		}

		static Instance start(DatabaseEndpoint db, Path dir) {
			return new Instance(new SpringApplicationBuilder(KarvonApplication.class).run("--server.port=0",
					"--karvon.db.url=postgresql://" + db.host() + ":" + db.port() + "/" + db.database(),
					"--karvon.db.user=" + db.user(), "--karvon.db.throwaway=false", "--karvon.db.pool-size=4",
					"--karvon.admin-password=" + Api.ADMIN_PASSWORD, "--karvon.transparency.checkpoint-interval=PT1S",
					"--karvon.keys.master-key-file=" + dir.resolve("master.key")));
		}

		String journey() {
			String carrier = api.carrierOf(api.newOrganization());
			String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
			api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
			api.record(api.officerAt("UZYAL"), number, aHold("papers to check").build());
			api.record(api.officerAt("UZYAL"), number, anEvent("RELEASE").build());
			return number;
		}

		Map<?, ?> integrity(String number) {
			return client.get().uri("/api/consignments/{n}/integrity", number)
				.headers((headers) -> headers.setBearerAuth(api.adminToken()))
				.retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
		}

		@Override
		public void close() {
			context.close();
		}

	}

}
