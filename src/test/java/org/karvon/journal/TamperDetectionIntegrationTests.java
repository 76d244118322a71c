package org.karvon.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.Test;
import org.karvon.journal.application.JournalQueries;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.karvon.database.KarvonDatabase;
import org.karvon.support.OwnerDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * A thousand single-character edits made straight in the database, past the append-only trigger, to
 * every column the hash covers. Each one must make the journal's integrity check fail: through the
 * same verification the endpoint runs for most, through HTTP for every tenth. Edits the database
 * itself refuses (not a timestamp, duplicate seq, bad array) or stores as the same value are counted apart.
 */
@IntegrationTest
class TamperDetectionIntegrationTests {

	static final int EDITS = 1_000;

	/** column → the SQL type to cast an edited text back to. */
	static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("payload", "text"), Map.entry("officer", "text"),
			Map.entry("type", "text"), Map.entry("post_code", "text"), Map.entry("country", "text"),
			Map.entry("occurred_at", "timestamptz"), Map.entry("recorded_at", "timestamptz"),
			Map.entry("anomalies", "text[]"), Map.entry("prev_hash", "text"), Map.entry("hash", "text"),
			Map.entry("seq", "bigint"));

	static final String CHARACTERS = "0123456789abcdefABCDEF{}[]\":,. -_+zZ\u00e9";

	static final Actor AUDITOR = new Actor(UUID.randomUUID(), "auditor", Role.ADMIN, null, null, null);

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	DatabaseClient db;

	@Autowired
	JournalQueries journal;

	@Test
	void detectsEverySingleCharacterEditToAnyHashedColumn() {
		db = OwnerDatabase.client(database);
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		String yallama = api.officerAt("UZYAL");
		api.record(yallama, number, aHold("papers to check").build());
		api.record(yallama, number, anEvent("RELEASE").build());
		api.record(yallama, number, anEvent("EXIT").build());
		List<Map<String, Object>> rows = rows(number);
		assertThat(integrity(number).valid()).isTrue();

		Random random = new Random(20261123L);
		List<String> columns = List.copyOf(new java.util.TreeSet<>(COLUMNS.keySet()));
		int detected = 0, refused = 0, unchanged = 0, viaHttp = 0;
		List<String> missed = new ArrayList<>();
		while (detected + missed.size() < EDITS) {
			Map<String, Object> row = rows.get(random.nextInt(rows.size()));
			String column = columns.get(random.nextInt(columns.size()));
			String original = (String) row.get(column);
			String edited = editOneCharacter(original, random);
			UUID id = (UUID) row.get("id");
			if (!bypassingTheTrigger(id, column, edited)) {
				refused++;
				continue;
			}
			if (original.equals(stored(id, column))) {
				unchanged++; // PostgreSQL read the edited text as the same value (e.g. "+00" and "+0_" as UTC)
				continue;
			}
			boolean http = (detected + missed.size()) % 10 == 0;
			boolean valid = http ? integrityOverHttp(carrier, number) : integrity(number).valid();
			viaHttp += http ? 1 : 0;
			if (valid) {
				missed.add(column + " of seq " + row.get("seq") + ": " + original + " → " + edited);
			}
			else {
				detected++;
			}
			assertThat(bypassingTheTrigger(id, column, original)).isTrue();
		}
		System.out.printf("Tamper detection: %d edits detected (%d through HTTP), %d missed, %d refused by the database, "
				+ "%d stored as the same value%n", detected, viaHttp, missed.size(), refused, unchanged);
		assertThat(integrity(number).valid()).as("restored").isTrue();
		assertThat(missed).isEmpty();
	}

	private JournalQueries.Integrity integrity(String number) {
		return journal.integrity(AUDITOR, number).block();
	}

	private boolean integrityOverHttp(String carrier, String number) {
		Map<?, ?> body = api.get(carrier, "/api/consignments/{n}/integrity", number).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return Boolean.TRUE.equals(body.get("valid"));
	}

	private String stored(UUID id, String column) {
		return db.sql("select " + column + "::text as v from movement_event where id = :id").bind("id", id)
			.map((row) -> row.get("v", String.class)).one().block();
	}

	private static String editOneCharacter(String text, Random random) {
		int at = random.nextInt(text.length());
		char replacement;
		do {
			replacement = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
		}
		while (replacement == text.charAt(at));
		return text.substring(0, at) + replacement + text.substring(at + 1);
	}

	private List<Map<String, Object>> rows(String number) {
		return db.sql("select id, " + String.join(", ", COLUMNS.keySet().stream().map((c) -> c + "::text as " + c).toList())
				+ " from movement_event where consignment_number = :n order by seq")
			.bind("n", number)
			.fetch()
			.all()
			.collectList()
			.block();
	}

	/** Sets the column to the text, as a superuser who switched the trigger off; false if PostgreSQL refuses. */
	private boolean bypassingTheTrigger(UUID id, String column, String text) {
		String sql = "update movement_event set " + column + " = $1::" + COLUMNS.get(column) + " where id = $2";
		return db.inConnection((connection) -> run(connection, "set session_replication_role = replica")
			.then(Mono.from(connection.createStatement(sql).bind(0, text).bind(1, id).execute())
				.flatMap((result) -> Mono.from(result.getRowsUpdated()))
				.map((updated) -> updated == 1)
				.onErrorReturn(false))
			.flatMap((ok) -> run(connection, "set session_replication_role = origin").thenReturn(ok)))
			.block();
	}

	private static Mono<Long> run(Connection connection, String sql) {
		return Flux.from(connection.createStatement(sql).execute()).flatMap((result) -> result.getRowsUpdated()).last(0L);
	}

}
