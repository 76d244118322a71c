package org.karvon.consignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.PostCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The record as its journal makes it, and the first stored field that says otherwise. */
class RecordFoldTests {

	static final Consignment REGISTERED = ConsignmentBuilder.aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ")
		.sealedWith("UZ123").build();

	final List<RecordFold.Step> steps = new ArrayList<>();

	Consignment record = REGISTERED;

	@Test
	void aRecordMovedOnlyByItsEventsAgrees() {
		happen(EventType.DEPARTURE, "UZTAS");
		happen(EventType.HOLD, "UZYAL");
		assertThat(record.status()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(RecordFold.check(record, steps).agrees()).isTrue();
	}

	@Test
	void aHoldLiftedWithoutAnEventNamesTheStatus() {
		happen(EventType.DEPARTURE, "UZTAS");
		happen(EventType.HOLD, "UZYAL");
		Consignment lifted = new Consignment(record.number(), record.version(), ConsignmentStatus.IN_TRANSIT,
				record.carrierOrganizationId(), record.details(), record.seals(), record.transport(), record.location(), record.arrivedAt(),
				record.heldBy(), record.createdAt(), record.updatedAt());
		RecordFold.Check check = RecordFold.check(lifted, steps);
		assertThat(check.agrees()).isFalse();
		assertThat(check.field()).isEqualTo("status");
	}

	@Test
	void sealsSwappedWithoutAnEventNameTheSeals() {
		happen(EventType.DEPARTURE, "UZTAS");
		Consignment swapped = new Consignment(record.number(), record.version(), record.status(),
				record.carrierOrganizationId(), record.details(), List.of(Seal.parse("FORGED1")), record.transport(), record.location(),
				record.arrivedAt(), record.heldBy(), record.createdAt(), record.updatedAt());
		assertThat(RecordFold.check(swapped, steps).field()).isEqualTo("seals");
	}

	@Test
	void aCargoMovedWithoutAnEventNamesTheLocation() {
		happen(EventType.DEPARTURE, "UZTAS");
		Consignment moved = new Consignment(record.number(), record.version(), record.status(),
				record.carrierOrganizationId(), record.details(), record.seals(), record.transport(),
				Optional.of(CurrentLocation.at(PostCode.parse("UZYAL"), Instant.parse("2025-05-02T00:00:00Z"))),
				record.arrivedAt(), record.heldBy(), record.createdAt(), record.updatedAt());
		assertThat(RecordFold.check(moved, steps).field()).isEqualTo("location");
	}

	void happen(EventType type, String post) {
		Instant at = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600L * (steps.size() + 1));
		Movement movement = Movement.of(type, at);
		record = record.record(movement, PostCode.parse(post), at).orElseThrow();
		steps.add(new RecordFold.Step(steps.size() + 1, movement, PostCode.parse(post), at));
	}

}
