package org.karvon.consignment.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentBuilder;
import org.karvon.consignment.EventType;
import org.karvon.consignment.Movement;
import org.karvon.kernel.Rejection;
import org.karvon.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The access tables decided in Java; {@link AccessPolicyIntegrationTests} runs the read cases in SQL. */
class AccessPolicyTests {

	private static final Consignment RECORD = ConsignmentBuilder.aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ")
		.build();

	static List<AccessCases.Case> cases() {
		return AccessCases.all(RECORD.carrierOrganizationId(), UUID.randomUUID());
	}

	static List<ActingCases.Case> acting() {
		return ActingCases.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void decidesWhatEachCallerSees(AccessCases.Case given) {
		assertThat(AccessPolicy.visibility(given.actor(), RECORD, given.grant())).isEqualTo(given.sees());
		assertThat(AccessPolicy.mayRead(given.actor(), RECORD, given.grant())).isEqualTo(given.mayRead());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void looksUpAScanGrantOnlyWhenItCouldMatter(AccessCases.Case given) {
		boolean matters = !AccessPolicy.mayRead(given.actor(), RECORD, PostGrant.NONE)
				&& AccessPolicy.visibility(given.actor(), RECORD, PostGrant.ENTERED).isPresent();

		assertThat(AccessPolicy.dependsOnScanGrant(given.actor(), RECORD)).isEqualTo(matters);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void letsOnlyTheOwningCarrierChangeTheDeclaration(AccessCases.Case given) {
		boolean owner = given.actor().organizationId() != null
				&& given.actor().organizationId().equals(RECORD.carrierOrganizationId());

		assertThat(AccessPolicy.mayDeclare(given.actor(), RECORD)).isEqualTo(owner);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acting")
	void decidesWhereAnOfficerMayAct(ActingCases.Case given) {
		String outcome = AccessPolicy.refusalToAct(AccessCases.officer(given.post()), given.record(), given.grant(),
				given.whereabouts(), given.movement()).map(Rejection::code).orElse(ActingCases.ACCEPTED);

		assertThat(outcome).isEqualTo(given.expected());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void letsOnlyOfficersAtAPostWhoSeeTheRecordAct(AccessCases.Case given) {
		boolean officerWhoSees = given.actor().role() == Role.OFFICER && given.actor().postCode() != null
				&& given.sees().isPresent();

		Optional<String> refusal = AccessPolicy.refusalToAct(given.actor(), RECORD, given.grant(),
				Whereabouts.startingAt(RECORD.details().departurePost()), Movement.of(EventType.DEPARTURE, ActingCases.AT))
			.map(Rejection::code);

		assertThat(refusal.filter("NOT_AN_OFFICER_HERE"::equals).isPresent()).isEqualTo(!officerWhoSees);
	}

}
