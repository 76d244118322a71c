package org.karvon.journal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.FieldError;
import org.karvon.journal.EventDraft.HoldDraft;
import org.karvon.journal.EventDraft.InspectionDraft;
import org.karvon.journal.EventDraft.SealsDraft;

import static org.assertj.core.api.Assertions.assertThat;

class EventDraftTests {

	private static final Instant NOW = Instant.parse("2025-05-02T12:00:00Z");

	private static final String ID = "3f0c8a8e-1d2b-4c5d-9e6f-7a8b9c0d1e2f";

	@Test
	void turnsASealReplacementIntoAnEventWithCanonicalPayload() {
		EventDraft draft = new EventDraft(ID, "seal_check", "2025-05-02T17:00:00+05:00", " all fine ", null,
				new SealsDraft("REPLACED", List.of("kz7000001")), null, null);

		MovementEvent event = draft.validate(NOW).orElseThrow();

		assertThat(event.occurredAt()).isEqualTo(NOW);
		assertThat(event.payload()).isEqualTo("{\"newSeals\":[\"KZ7000001\"],\"remarks\":\"all fine\",\"sealStatus\":\"REPLACED\"}");
	}

	@Test
	void acceptsAClockAFewMinutesAheadButNotMore() {
		assertThat(departureAt("2025-05-02T12:05:00Z").validate(NOW).errors()).isEmpty();
		assertThat(departureAt("2025-05-02T12:05:01Z").validate(NOW).errors())
			.containsExactly(new FieldError("occurredAt", "must not be more than 5 minutes in the future"));
	}

	@Test
	void listsEveryBadField() {
		EventDraft draft = new EventDraft("not-a-uuid", "TELEPORT", "yesterday", "R".repeat(1001), null, null, null, null);

		assertThat(draft.validate(NOW).errors()).extracting(FieldError::field)
			.containsExactly("id", "type", "occurredAt", "remarks");
	}

	@Test
	void requiresTheBlockOfItsTypeAndNoOther() {
		EventDraft hold = new EventDraft(ID, "HOLD", "2025-05-02T12:00:00Z", null, new InspectionDraft("NO_FINDINGS", null),
				null, null, null);

		assertThat(hold.validate(NOW).errors()).extracting(FieldError::field).containsExactly("inspection", "hold");
	}

	@Test
	void requiresFindingsWhenAnInspectionFoundSomething() {
		EventDraft draft = new EventDraft(ID, "INSPECTION", "2025-05-02T12:00:00Z", null,
				new InspectionDraft("FINDINGS", " "), null, null, null);

		assertThat(draft.validate(NOW).errors()).extracting(FieldError::field).containsExactly("inspection.findings");
	}

	@Test
	void requiresNewSealsOnlyWhenReplaced() {
		EventDraft replacedWithNothing = new EventDraft(ID, "SEAL_CHECK", "2025-05-02T12:00:00Z", null, null,
				new SealsDraft("REPLACED", List.of()), null, null);
		EventDraft intactWithNewSeals = new EventDraft(ID, "SEAL_CHECK", "2025-05-02T12:00:00Z", null, null,
				new SealsDraft("INTACT", List.of("KZ1")), null, null);

		assertThat(replacedWithNothing.validate(NOW).errors()).extracting(FieldError::field).containsExactly("seals.newSeals");
		assertThat(intactWithNewSeals.validate(NOW).errors()).extracting(FieldError::field).containsExactly("seals.newSeals");
	}

	@Test
	void boundsTheHoldReason() {
		EventDraft draft = new EventDraft(ID, "HOLD", "2025-05-02T12:00:00Z", null, null, null,
				new HoldDraft("x".repeat(2001)), null);

		assertThat(draft.validate(NOW).errors()).extracting(FieldError::field).containsExactly("hold.reason");
	}

	private static EventDraft departureAt(String occurredAt) {
		return new EventDraft(ID, "DEPARTURE", occurredAt, null, null, null, null, null);
	}

}
