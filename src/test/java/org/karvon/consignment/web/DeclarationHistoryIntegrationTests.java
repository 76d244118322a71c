package org.karvon.consignment.web;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.consignment.DeclarationChain;
import org.karvon.database.KarvonDatabase;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.OwnerDatabase;
import org.karvon.transparency.application.Sequencer;
import org.karvon.transparency.persistence.LogQueue;
import org.karvon.transparency.persistence.LogStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * A record's declaration history over HTTP and a real PostgreSQL: every registration, amendment,
 * cancellation and grant is a chain entry queued into the transparency log in its own transaction, old
 * versions stay readable, and an edit made straight in the database shows in {@code /integrity}.
 */
@IntegrationTest
class DeclarationHistoryIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	@Autowired
	LogQueue queue;

	@Autowired
	LogStore log;

	@Autowired
	TransactionalOperator transaction;

	DatabaseClient owner;

	String carrier;

	String number;

	@BeforeEach
	void registerOne() {
		owner = OwnerDatabase.client(database);
		carrier = api.carrierOf(api.newOrganization());
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
	}

	@Test
	void registrationIsVersionOneQueuedIntoTheLogAndIndexedOnceSequenced() {
		List<Map<String, Object>> versions = versions(carrier);
		assertThat(versions).hasSize(1);
		Map<String, Object> first = versions.get(0);
		assertThat(first).containsEntry("version", 1).containsEntry("kind", "REGISTERED")
			.containsEntry("prevHash", DeclarationChain.GENESIS).containsEntry("seq", 1);
		Map<String, Object> declared = declaration(carrier, 1);
		assertThat(first.get("declarationHash")).isEqualTo(DeclarationChain.declarationHash((String) declared.get("canonical")));
		assertThat(declared).containsEntry("departurePost", "UZTAS").containsEntry("number", number);
		assertThat(queued((String) first.get("hash"))).isTrue();

		while (new Sequencer(queue, log, transaction).sequenceBatch().block() > 0) {
			// until the queue is empty
		}
		assertThat(versions(carrier).get(0).get("logIndex")).isNotNull();
		assertThat(integrity()).containsEntry("valid", true).containsEntry("declarations", 1);
	}

	@Test
	void anAmendmentIsVersionTwoAndVersionOneStaysReadable() {
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withPlates("01B777CD").build(), number)
			.expectStatus().isOk();
		List<Map<String, Object>> versions = versions(carrier);
		assertThat(versions).extracting((v) -> v.get("kind")).containsExactly("REGISTERED", "AMENDED");
		assertThat(versions.get(1)).containsEntry("version", 2).containsEntry("prevHash", versions.get(0).get("hash"));
		assertThat(versions.get(1).get("declarationHash")).isNotEqualTo(versions.get(0).get("declarationHash"));
		assertThat(plates(declaration(carrier, 1))).doesNotContain("01B777CD");
		assertThat(plates(declaration(carrier, 2))).containsExactly("01B777CD");
		assertThat(DeclarationChain.declarationHash((String) declaration(carrier, 2).get("canonical")))
			.isEqualTo(versions.get(1).get("declarationHash"));
		assertThat(queued((String) versions.get(1).get("hash"))).isTrue();
		assertThat(integrity()).containsEntry("valid", true).containsEntry("declarations", 2);
	}

	@Test
	void aCancellationIsAnEntryOfTheVersionItCancels() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();
		List<Map<String, Object>> versions = versions(carrier);
		assertThat(versions).extracting((v) -> v.get("kind")).containsExactly("REGISTERED", "CANCELLED");
		assertThat(versions.get(1)).containsEntry("version", 1)
			.containsEntry("declarationHash", versions.get(0).get("declarationHash"));
		assertThat(queued((String) versions.get(1).get("hash"))).isTrue();
		assertThat(integrity()).containsEntry("valid", true);
	}

	@Test
	void aGrantToAPostOffTheItineraryIsAnEntry() {
		String qr = (String) api.consignment(carrier, number).get("qr");
		api.post(api.officerAt("TJFOT"), "/api/scans", Map.of("qr", qr)).expectStatus().isOk();
		List<Map<String, Object>> versions = versions(carrier);
		assertThat(versions).extracting((v) -> v.get("kind")).containsExactly("REGISTERED", "GRANTED");
		assertThat(versions.get(1)).containsEntry("post", "TJFOT").containsEntry("version", 1);
		assertThat(integrity()).containsEntry("valid", true);
	}

	@Test
	void catchesASuperuserEditOfTheDeclarationInTheRecord() {
		owner.sql("update consignment set details = jsonb_set(details, '{transport,vehiclePlates}', '[\"01X999XX\"]') "
				+ "where number = :n").bind("n", number).then().block();
		assertThat(integrity()).containsEntry("valid", false)
			.containsEntry("reason", "the record's declaration differs from version 1 in its chain");
	}

	@Test
	void catchesACancellationLiftedInTheDatabase() {
		api.post(carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();
		owner.sql("update consignment set status = 'REGISTERED' where number = :n").bind("n", number).then().block();
		assertThat(integrity()).containsEntry("valid", false)
			.containsEntry("reason", "the declaration chain records a cancellation the record does not show");
	}

	@Test
	void catchesAnEditedVersionRowPastTheTrigger() {
		bypassingTriggers("update declaration_version set declaration = replace(declaration, 'UZTAS', 'UZYAL') "
				+ "where consignment_number = '" + number + "'");
		Map<String, Object> integrity = integrity();
		assertThat(integrity).containsEntry("valid", false);
		assertThat((String) integrity.get("reason")).startsWith("declaration entry 1:");
	}

	@Test
	void refusesToEditOrDeleteAVersionRow() {
		for (String sql : List.of("update declaration_version set version = 7 where consignment_number = :n",
				"delete from declaration_version where consignment_number = :n")) {
			assertThat(owner.sql(sql).bind("n", number).then().thenReturn("done").onErrorResume(
					(ex) -> Mono.just(ex.getMessage())).block()).as(sql).contains("declaration_version is append-only");
		}
	}

	@Test
	void theBackfillGivesARecordWithoutHistoryItsCurrentDeclarationAndCancellation() {
		api.put(carrier, "/api/consignments/{n}", aCottonShipment().withPlates("01B777CD").build(), number)
			.expectStatus().isOk();
		api.post(carrier, "/api/consignments/{n}/cancel", null, number).expectStatus().isOk();
		// a record from before V30: no entries, nothing queued
		bypassingTriggers("delete from log_queue where entry_hash in (select decode(hash, 'hex') from declaration_version "
				+ "where consignment_number = '" + number + "')");
		bypassingTriggers("delete from declaration_version where consignment_number = '" + number + "'");
		assertThat(integrity()).containsEntry("valid", false)
			.containsEntry("reason", "the record has no declaration history");

		assertThat(owner.sql("select declaration_backfill() as n").map((row) -> row.get("n", Integer.class)).one().block())
			.isGreaterThanOrEqualTo(1);
		List<Map<String, Object>> versions = versions(carrier);
		assertThat(versions).extracting((v) -> v.get("kind")).containsExactly("REGISTERED", "CANCELLED");
		assertThat(versions).extracting((v) -> v.get("version")).containsExactly(2, 2);
		assertThat(plates(declaration(carrier, 2))).containsExactly("01B777CD");
		assertThat(versions).allSatisfy((v) -> assertThat(queued((String) v.get("hash"))).isTrue());
		assertThat(integrity()).containsEntry("valid", true).containsEntry("declarations", 2);
	}

	@Test
	void showsNothingToThoseWhoMayNotReadTheRecord() {
		String foreignCarrier = api.carrierOf(api.newOrganization());
		String offItinerary = api.officerAt("KGDST");
		for (String token : List.of(foreignCarrier, offItinerary)) {
			api.get(token, "/api/consignments/{n}/versions", number).expectStatus().isNotFound();
			api.get(token, "/api/consignments/{n}/versions/1", number).expectStatus().isNotFound();
			api.get(token, "/api/consignments/{n}/versions/x", number).expectStatus().isNotFound();
		}
		api.client().get().uri("/api/consignments/{n}/versions", number).exchange().expectStatus().isUnauthorized();
		api.client().get().uri("/api/consignments/{n}/versions/1", number).exchange().expectStatus().isUnauthorized();
		api.get(api.officerAt("UZTAS"), "/api/consignments/{n}/versions", number).expectStatus().isOk();
	}

	@Test
	void answersAnUnknownVersionWith404AndANonNumberWith400() {
		api.get(carrier, "/api/consignments/{n}/versions/2", number).expectStatus().isNotFound()
			.expectHeader().contentType("application/problem+json");
		api.get(carrier, "/api/consignments/{n}/versions/0", number).expectStatus().isNotFound();
		for (String bad : List.of("x", "-1", "1.5", "99999999999999999999", "١")) {
			api.get(carrier, "/api/consignments/{n}/versions/{v}", number, bad).expectStatus().isBadRequest()
				.expectHeader().contentType("application/problem+json");
		}
	}

	private List<Map<String, Object>> versions(String token) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> body = api.get(token, "/api/consignments/{n}/versions", number).expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
		return body;
	}

	private Map<String, Object> declaration(String token, int version) {
		return Api.asMap(api.get(token, "/api/consignments/{n}/versions/{v}", number, version).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody());
	}

	private Map<String, Object> integrity() {
		return Api.asMap(api.get(carrier, "/api/consignments/{n}/integrity", number).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody());
	}

	@SuppressWarnings("unchecked")
	private static List<String> plates(Map<String, Object> declaration) {
		return (List<String>) ((Map<String, Object>) declaration.get("transport")).get("vehiclePlates");
	}

	private boolean queued(String hash) {
		return owner.sql("select count(*) as n from log_queue where entry_hash = :h")
			.bind("h", ByteBuffer.wrap(HexFormat.of().parseHex(hash)))
			.map((row) -> row.get("n", Long.class))
			.one()
			.block() == 1;
	}

	/**
	 * With sequential scans priced out, the planner still takes one where no index fits; so a grant appended
	 * under that setting shows in the transaction's own statistics whether each lookup can use its table's key.
	 * V30 compared the char(18) keys with a text parameter and scanned both tables on every append.
	 */
	@Test
	void appendingAnEntryFindsTheChainAndTheRecordByTheirKeys() {
		Map<String, Long> seqScans = owner.inConnection((connection) -> run(connection, "begin")
			.then(run(connection, "set local enable_seqscan = off"))
			.then(run(connection, "select declaration_append('" + number + "', null, 'GRANTED', 'KZALA', null, now())"))
			.thenMany(Flux.from(connection.createStatement("select relname, seq_scan from pg_stat_xact_user_tables "
					+ "where relname in ('declaration_version', 'consignment')").execute())
				.flatMap((result) -> result.map((row, meta) -> Map.entry(row.get("relname", String.class),
						row.get("seq_scan", Long.class)))))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.flatMap((scans) -> run(connection, "rollback").thenReturn(scans))).block();
		assertThat(seqScans).containsOnly(Map.entry("declaration_version", 0L), Map.entry("consignment", 0L));
	}

	/** Runs the statement as a superuser who switched the triggers off. */
	private void bypassingTriggers(String sql) {
		owner.inConnection((connection) -> run(connection, "set session_replication_role = replica")
			.then(run(connection, sql))
			.then(run(connection, "set session_replication_role = origin"))).block();
	}

	private static Mono<Long> run(Connection connection, String sql) {
		return Flux.from(connection.createStatement(sql).execute()).flatMap((result) -> result.getRowsUpdated()).last(0L);
	}

}
