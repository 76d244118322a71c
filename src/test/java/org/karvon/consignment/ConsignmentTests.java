package org.karvon.consignment;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

class ConsignmentTests {

	private static final Instant LATER = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600);

	@Test
	void startsRegisteredAtVersionOneWithTheDeclaredSeals() {
		Consignment consignment = aConsignment().sealedWith("UZ1234567").build();

		assertThat(consignment.status()).isEqualTo(ConsignmentStatus.REGISTERED);
		assertThat(consignment.version()).isEqualTo(1);
		assertThat(consignment.seals()).containsExactly(Seal.parse("UZ1234567"));
		assertThat(consignment.location()).isEmpty();
	}

	@Test
	void raisesTheVersionOnEachAmendment() {
		ConsignmentDetails amended = aConsignment().sealedWith("UZ7654321").details();

		Consignment consignment = aConsignment().build().amend(amended, LATER).orElseThrow();

		assertThat(consignment.version()).isEqualTo(2);
		assertThat(consignment.seals()).containsExactly(Seal.parse("UZ7654321"));
		assertThat(consignment.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void rejectsAmendmentAfterDeparture() {
		Consignment departed = aConsignment().build().depart(LATER).orElseThrow();

		assertThat(departed.amend(departed.details(), LATER).rejectionCode()).contains("NOT_REGISTERED");
		assertThat(departed.cancel(LATER).rejectionCode()).contains("NOT_REGISTERED");
	}

	@Test
	void acceptsNothingOnceCancelled() {
		Consignment cancelled = aConsignment().build().cancel(LATER).orElseThrow();

		assertThat(cancelled.status()).isEqualTo(ConsignmentStatus.CANCELLED);
		assertThat(cancelled.cancel(LATER).rejectionCode()).contains("CONSIGNMENT_CLOSED");
		assertThat(cancelled.depart(LATER).rejectionCode()).contains("CONSIGNMENT_CLOSED");
		assertThat(cancelled.hold(LATER).rejectionCode()).contains("CONSIGNMENT_CLOSED");
	}

	@Test
	void rejectsJourneyChangesBeforeDeparture() {
		Consignment registered = aConsignment().build();

		assertThat(registered.hold(LATER).rejectionCode()).contains("NOT_DEPARTED");
		assertThat(registered.arrive(LATER).rejectionCode()).contains("NOT_DEPARTED");
		assertThat(registered.replaceSeals(List.of(), LATER).rejectionCode()).contains("NOT_DEPARTED");
	}

	@Test
	void returnsToTransitWhenReleasedFromAHoldOnTheWay() {
		Consignment held = aConsignment().build().depart(LATER).orElseThrow().hold(LATER).orElseThrow();

		assertThat(held.hold(LATER).rejectionCode()).contains("ALREADY_HELD");
		assertThat(held.arrive(LATER).rejectionCode()).contains("HELD");
		assertThat(held.release(LATER).orElseThrow().status()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
	}

	@Test
	void returnsToArrivedWhenReleasedFromAHoldAfterArrival() {
		Consignment arrived = aConsignment().build().depart(LATER).orElseThrow().arrive(LATER).orElseThrow();

		Consignment released = arrived.hold(LATER).orElseThrow().release(LATER).orElseThrow();

		assertThat(released.status()).isEqualTo(ConsignmentStatus.ARRIVED);
		assertThat(arrived.release(LATER).rejectionCode()).contains("NOT_HELD");
		assertThat(arrived.arrive(LATER).rejectionCode()).contains("ALREADY_ARRIVED");
	}

	@Test
	void completesOnlyAfterArrival() {
		Consignment inTransit = aConsignment().build().depart(LATER).orElseThrow();

		assertThat(inTransit.complete(LATER).rejectionCode()).contains("NOT_ARRIVED");
		Consignment completed = inTransit.arrive(LATER).orElseThrow().complete(LATER).orElseThrow();
		assertThat(completed.status()).isEqualTo(ConsignmentStatus.COMPLETED);
		assertThat(completed.moveTo(CurrentLocation.at(PostCode.parse("KZALA"), LATER), LATER).rejectionCode())
			.contains("CONSIGNMENT_CLOSED");
	}

	@Test
	void remembersWhereItWasLastSeenAndItsCurrentSeals() {
		Consignment moved = aConsignment().build().depart(LATER).orElseThrow()
			.moveTo(CurrentLocation.at(PostCode.parse("KZZHZ"), LATER), LATER).orElseThrow()
			.replaceSeals(List.of(Seal.parse("KZ0000001")), LATER).orElseThrow();

		assertThat(moved.location()).map(CurrentLocation::country).contains(CountryCode.parse("KZ"));
		assertThat(moved.seals()).containsExactly(Seal.parse("KZ0000001"));
	}

}
