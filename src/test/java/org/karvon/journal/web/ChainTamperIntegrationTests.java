package org.karvon.journal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.karvon.database.KarvonDatabase;
import org.karvon.support.OwnerDatabase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;
import static org.karvon.support.EventRequestBuilder.aHold;

/**
 * Someone with database access edits the journal. The table refuses edits; a superuser who switches
 * the trigger off still cannot hide it, because the chain no longer adds up.
 */
@IntegrationTest
class ChainTamperIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	DatabaseClient db;

	String carrier;

	String number;

	@BeforeEach
	void aJournalOfFourEvents() {
		db = OwnerDatabase.client(database);
		carrier = api.carrierOf(api.newOrganization());
		number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		String yallama = api.officerAt("UZYAL");
		api.record(yallama, number, aHold("papers to check").build());
		api.record(yallama, number, anEvent("RELEASE").build());
		api.record(yallama, number, anEvent("EXIT").build());
	}

	@Test
	void theTableRefusesEditsAndDeletes() {
		assertThatThrownBy(() -> db.sql("update movement_event set officer = 'someone-else' where consignment_number = :n")
			.bind("n", number).then().block()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> db.sql("delete from movement_event where consignment_number = :n")
			.bind("n", number).then().block()).hasMessageContaining("append-only");
	}

	@Test
	void detectsAChangedRow() {
		bypassingTheTrigger("update movement_event set payload = '{\"holdReason\":\"nothing to see\"}' "
				+ "where consignment_number = :n and seq = 2");
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectBody()
			.jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.brokenAtSeq").isEqualTo(2);
	}

	@Test
	void detectsAChangedTime() {
		bypassingTheTrigger("update movement_event set occurred_at = occurred_at - interval '1 hour' "
				+ "where consignment_number = :n and seq = 4");
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectBody()
			.jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.brokenAtSeq").isEqualTo(4);
	}

	@Test
	void detectsADeletedLastEvent() {
		bypassingTheTrigger("delete from movement_event where consignment_number = :n and seq = 4");
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectBody()
			.jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.events").isEqualTo(3);
	}

	private void bypassingTheTrigger(String sql) {
		db.inConnection((connection) -> reactor.core.publisher.Mono
			.from(connection.createStatement("set session_replication_role = replica").execute())
			.flatMap((result) -> reactor.core.publisher.Mono.from(result.getRowsUpdated()))
			.then(reactor.core.publisher.Mono.from(connection.createStatement(sql.replace(":n", "'" + number + "'")).execute()))
			.flatMap((result) -> reactor.core.publisher.Mono.from(result.getRowsUpdated()))
			.then(reactor.core.publisher.Mono.from(connection.createStatement("set session_replication_role = origin").execute()))
			.flatMap((result) -> reactor.core.publisher.Mono.from(result.getRowsUpdated())))
			.block();
	}

}
