package org.karvon.consignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.PostCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

/** Containers moved onto another means of transport: in transit, at a port or rail post only. */
class TransshipmentTests {

	private static final Instant LATER = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600);

	private static final PostCode PORT = PostCode.parse("TMTKB");

	private static final Conveyance FERRY = new Conveyance(TransportMode.SEA, List.of(), List.of(),
			Optional.of("Professor Gul"));

	private static final Movement ONTO_THE_FERRY = Movement.transshipped(LATER, FERRY, List.of(Seal.parse("TM0000001")));

	private final Consignment registered = aConsignment().build();

	private final Consignment departed = registered.record(Movement.of(EventType.DEPARTURE, LATER),
			PostCode.parse("UZTAS"), LATER).orElseThrow();

	@Test
	void recordsTheNewMeansOfTransportAndSealsAndKeepsTheContainers() {
		Consignment shipped = departed.record(ONTO_THE_FERRY, PORT, true, LATER).orElseThrow();

		assertThat(shipped.status()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
		assertThat(shipped.transport().mode()).isEqualTo(TransportMode.SEA);
		assertThat(shipped.transport().vessel()).contains("Professor Gul");
		assertThat(shipped.transport().vehiclePlates()).isEmpty();
		assertThat(shipped.transport().containers()).isEqualTo(departed.transport().containers());
		assertThat(shipped.seals()).containsExactly(Seal.parse("TM0000001"));
		assertThat(shipped.details()).isEqualTo(departed.details());
	}

	@Test
	void isRefusedAtAPostThatIsNeitherAPortNorARailPost() {
		assertThat(departed.record(ONTO_THE_FERRY, PostCode.parse("UZYAL"), false, LATER).rejectionCode())
			.contains("NOT_AT_TRANSFER_POINT");
		assertThat(departed.record(ONTO_THE_FERRY, PORT, LATER).rejectionCode()).contains("NOT_AT_TRANSFER_POINT");
	}

	@Test
	void isRefusedBeforeDepartureWhileHeldAndAfterArrival() {
		Consignment held = departed.record(Movement.of(EventType.HOLD, LATER), PORT, true, LATER).orElseThrow();
		Consignment arrived = departed.record(Movement.of(EventType.ARRIVAL, LATER), PostCode.parse("KZALA"), LATER)
			.orElseThrow();

		assertThat(registered.record(ONTO_THE_FERRY, PORT, true, LATER).rejectionCode()).contains("NOT_DEPARTED");
		assertThat(held.record(ONTO_THE_FERRY, PORT, true, LATER).rejectionCode()).contains("HELD");
		assertThat(arrived.record(ONTO_THE_FERRY, PORT, true, LATER).rejectionCode()).contains("ALREADY_ARRIVED");
	}

	@Test
	void anAmendmentBeforeDepartureStartsFromTheDeclaredTransportAgain() {
		assertThat(registered.transport()).isEqualTo(registered.details().transport());
		assertThat(registered.amend(aConsignment().details(), LATER).orElseThrow().transport())
			.isEqualTo(aConsignment().details().transport());
	}

}
