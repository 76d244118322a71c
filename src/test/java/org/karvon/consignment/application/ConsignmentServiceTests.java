package org.karvon.consignment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.karvon.consignment.ConsignmentDraftBuilder.aDraft;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.persistence.InMemoryConsignments;
import org.karvon.consignment.persistence.InMemoryGrants;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.Role;
import org.karvon.registry.SilkRoad;
import org.karvon.security.Callers;
import reactor.test.StepVerifier;

/**
 * What {@link ConsignmentService} decides, over in-memory records: no Spring, no database. Listing
 * (visibility in SQL) and the real stories are the {@code Consignment…IntegrationTests}.
 */
class ConsignmentServiceTests {

	static final Instant NOW = Instant.parse("2025-05-02T12:00:00Z");

	final InMemoryConsignments records = new InMemoryConsignments();

	final ConsignmentService consignments = ConsignmentServices.over(records, new InMemoryGrants(),
			SilkRoad.registries(), Clock.fixed(NOW, ZoneOffset.UTC));

	final Actor carrier = Callers.aCarrier();

	@Test
	void registersADraftUnderTheCarriersOrganizationWithASignedToken() {
		ConsignmentRecord registered = consignments.register(carrier, aDraft().build()).block();
		assertThat(registered.consignment().status()).isEqualTo(ConsignmentStatus.REGISTERED);
		assertThat(registered.carrierOrganizationId()).isEqualTo(carrier.organizationId());
		assertThat(registered.qrToken()).isEqualTo(ConsignmentServices.SIGNED);
		assertThat(registered.number().toString()).startsWith("25UZ");
		assertThat(consignments.readable(carrier, registered.number().toString()).block()).isEqualTo(registered);
	}

	@Test
	void namesUnknownPostsAndPostsOutsideTheMemberStates() {
		StepVerifier.create(consignments.register(carrier, aDraft().from("UZXXX").to("CNHRG").build()))
			.verifyErrorSatisfies((error) -> assertThat(((DomainException.Invalid) error).errors())
				.extracting(FieldError::field)
				.contains("departurePost", "destinationPost"));
	}

	@Test
	void hidesAnotherCarriersRecordAsIfItDidNotExist() {
		String number = consignments.register(carrier, aDraft().build()).block().number().toString();
		Actor rival = new Actor(UUID.randomUUID(), "rival", Role.CARRIER, UUID.randomUUID(), null, null);
		StepVerifier.create(consignments.readable(rival, number)).verifyError(DomainException.NotFound.class);
		StepVerifier.create(consignments.cancel(rival, number)).verifyError(DomainException.NotFound.class);
		StepVerifier.create(consignments.amend(rival, number, aDraft().build()))
			.verifyError(DomainException.NotFound.class);
		assertThat(consignments.readable(carrier, number).block().consignment().status())
			.isEqualTo(ConsignmentStatus.REGISTERED);
	}

	@Test
	void amendsANewVersionAndRefusesAnythingAfterCancellation() {
		String number = consignments.register(carrier, aDraft().build()).block().number().toString();
		ConsignmentRecord amended = consignments.amend(carrier, number, aDraft().sealedWith("UZ7654321").build()).block();
		assertThat(amended.consignment().version()).isEqualTo(2);
		assertThat(consignments.cancel(carrier, number).block().consignment().status())
			.isEqualTo(ConsignmentStatus.CANCELLED);
		StepVerifier.create(consignments.cancel(carrier, number))
			.verifyErrorSatisfies((error) -> assertThat(((DomainException.Refused) error).rejection().code())
				.isEqualTo("CONSIGNMENT_CLOSED"));
	}

	@Test
	void letsOnlyCarriersDeclareAndExplainsAMalformedNumber() {
		Actor officer = Callers.anOfficerAt("UZTAS");
		assertThatThrownBy(() -> consignments.register(officer, aDraft().build()))
			.isInstanceOf(DomainException.NotPermitted.class);
		assertThatThrownBy(() -> consignments.readable(officer, "25UZ-nonsense"))
			.isInstanceOf(DomainException.Malformed.class);
	}

}
