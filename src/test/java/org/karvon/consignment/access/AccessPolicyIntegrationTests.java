package org.karvon.consignment.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * The access table's cases through the SQL predicate on real PostgreSQL: the same answers as Java for
 * whole records (a transport view is never listed), and the stored grant read back as the Java case.
 */
@IntegrationTest
class AccessPolicyIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	DatabaseClient db;

	@Autowired
	PostAccessGrants grants;

	@Test
	void listQueriesSeeExactlyTheWholeRecordsTheJavaDecisionAllows() {
		UUID owner = api.newOrganization();
		String number = (String) api.register(api.carrierOf(owner), aCottonShipment().build()).get("number");
		List<AccessCases.Case> cases = AccessCases.all(owner, api.newOrganization());
		for (AccessCases.Case given : cases) {
			if (given.grant() != PostGrant.NONE) {
				Instant now = Instant.now();
				grants.grant(ConsignmentNumber.parse(number), given.actor().postCode(), "officer", now,
						now.plusSeconds(3600)).block();
			}
			if (given.grant() == PostGrant.ENTERED) {
				grants.entered(ConsignmentNumber.parse(number), given.actor().postCode(), Instant.now()).block();
			}
			assertThat(visibleInSql(given, number)).as(given.name()).isEqualTo(given.mayRead());
			if (given.actor().postCode() != null) {
				assertThat(grants.stateOf(ConsignmentNumber.parse(number), given.actor().postCode(), Instant.now()).block())
					.as(given.name()).isEqualTo(given.grant());
			}
			db.sql("delete from scan_access where consignment_number = :number").bind("number", number).then().block();
		}
	}

	private boolean visibleInSql(AccessCases.Case given, String number) {
		AccessPolicy.SqlPredicate visible = AccessPolicy.visibleTo(given.actor());
		DatabaseClient.GenericExecuteSpec query = db
			.sql("select count(*) as n from consignment c where c.number = :number and " + visible.sql())
			.bind("number", number);
		for (var bind : visible.binds().entrySet()) {
			query = query.bind(bind.getKey(), bind.getValue());
		}
		return query.map((row) -> row.get("n", Long.class)).one().block() == 1L;
	}

}
