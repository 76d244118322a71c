package org.karvon.consignment;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

/**
 * The story of one truck of raw cotton from Tashkent to Almaty, told with the aggregate alone: no
 * Spring, no database. Where an event may happen is the journal's business; this is what it does.
 */
class CottonShipmentJourneyTests {

	private static final Instant MORNING = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600);

	private Consignment truck = aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ").sealedWith("UZ1234567")
		.build();

	private int minutes;

	@Test
	void travelsFromTashkentThroughYallamaAndZhibekZholyToAlmaty() {
		// Registered in Tashkent; nobody on the border may record anything before it leaves.
		assertThat(refusal(Movement.of(EventType.EXIT, next()), "UZYAL")).isEqualTo("NOT_DEPARTED");

		record(Movement.of(EventType.DEPARTURE, next()), "UZTAS");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.IN_TRANSIT);

		// It leaves Uzbekistan at Yallama; an officer there holds it for a document check...
		record(Movement.of(EventType.EXIT, next()), "UZYAL");
		record(Movement.of(EventType.HOLD, next()), "UZYAL");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(truck.heldBy()).contains(CountryCode.parse("UZ"));
		assertThat(refusal(Movement.of(EventType.ENTRY, next()), "KZZHZ")).isEqualTo("HELD");
		record(Movement.of(EventType.RELEASE, next()), "UZYAL");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.IN_TRANSIT);

		// ...and it enters Kazakhstan across the road at Zhibek Zholy, where a seal is found broken.
		record(Movement.of(EventType.ENTRY, next()), "KZZHZ");
		assertThat(truck.location()).map(CurrentLocation::country).contains(CountryCode.parse("KZ"));
		record(Movement.brokenSeal(next()), "KZZHZ");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(truck.heldBy()).contains(CountryCode.parse("KZ"));

		// The Kazakh officer replaces the seals with Kazakh ones and releases the truck.
		record(Movement.resealed(next(), List.of(Seal.parse("KZ7000001"))), "KZZHZ");
		assertThat(truck.seals()).containsExactly(Seal.parse("KZ7000001"));
		record(Movement.of(EventType.RELEASE, next()), "KZZHZ");
		assertThat(truck.heldBy()).isEmpty();

		// It arrives in Almaty, its destination, where the transit is completed.
		record(Movement.of(EventType.ARRIVAL, next()), "KZALA");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.ARRIVED);
		assertThat(truck.arrivedAt()).isPresent();
		record(Movement.of(EventType.COMPLETION, next()), "KZALA");
		assertThat(truck.status()).isEqualTo(ConsignmentStatus.COMPLETED);
		assertThat(truck.location()).map(CurrentLocation::postCode).contains(PostCode.parse("KZALA"));

		// After that it accepts nothing more.
		assertThat(refusal(Movement.of(EventType.INSPECTION, next()), "KZALA")).isEqualTo("CONSIGNMENT_CLOSED");
	}

	private Instant next() {
		return MORNING.plusSeconds(60L * ++this.minutes);
	}

	private void record(Movement movement, String post) {
		this.truck = this.truck.record(movement, PostCode.parse(post), movement.occurredAt()).orElseThrow();
	}

	private String refusal(Movement movement, String post) {
		return this.truck.record(movement, PostCode.parse(post), movement.occurredAt()).rejectionCode().orElse("ACCEPTED");
	}

}
