package org.karvon.journal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.application.ConsignmentServices;
import org.karvon.consignment.persistence.InMemoryConsignments;
import org.karvon.consignment.persistence.InMemoryGrants;
import org.karvon.journal.EventDraft;
import org.karvon.journal.HashChain;
import org.karvon.journal.persistence.InMemoryExpectedArrivals;
import org.karvon.journal.persistence.InMemoryJournals;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.FieldError;
import org.karvon.registry.SilkRoad;
import org.karvon.security.Callers;
import org.karvon.support.NoTransaction;
import reactor.test.StepVerifier;

/**
 * What {@link JournalService} decides, over in-memory journals: no Spring, no database. The same
 * decisions against PostgreSQL, with locking and concurrent posts, are the journal's integration tests.
 */
class JournalServiceTests {

	static final Instant NOW = Instant.parse("2025-05-02T12:00:00Z");

	final ConsignmentRecord tashkentToAlmaty = new ConsignmentRecord(
			aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ").build(), "token", 0, HashChain.GENESIS, "Silk Way");

	final String number = tashkentToAlmaty.number().toString();

	final InMemoryJournals journals = new InMemoryJournals().with(tashkentToAlmaty);

	final InMemoryExpectedArrivals expected = new InMemoryExpectedArrivals();

	final InMemoryGrants grants = new InMemoryGrants();

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	final JournalService journal = new JournalService(
			ConsignmentServices.over(new InMemoryConsignments(), grants, SilkRoad.registries(), clock), journals, expected,
			SilkRoad.registries(), grants, new NoTransaction(), clock,
			(kind, username, address, detail) -> {
			});

	@Test
	void chainsEachEventAndTellsTheNextCountryWhatIsComing() {
		Recorded departed = record("UZTAS", event(UUID.randomUUID(), "DEPARTURE", 3));
		record("UZYAL", event(UUID.randomUUID(), "EXIT", 2));
		Recorded entered = record("KZZHZ", event(UUID.randomUUID(), "ENTRY", 1));
		assertThat(departed.created()).isTrue();
		assertThat(entered.event().seq()).isEqualTo(3);
		assertThat(entered.event().prevHash()).isEqualTo(journals.events().get(1).hash());
		assertThat(journals.record(tashkentToAlmaty.number()).journalHead()).isEqualTo(entered.event().hash());
		assertThat(expected.announcements()).containsExactly("expected in KZ from UZTAS",
				"expected in KZ at KZZHZ from UZYAL", "settled");
	}

	@Test
	void refusesAnExitBeforeTheDepartureAndStoresNothing() {
		StepVerifier.create(journal.record(Callers.anOfficerAt("UZYAL"), number, event(UUID.randomUUID(), "EXIT", 1)))
			.verifyErrorSatisfies((error) -> assertThat(codeOf(error)).isEqualTo("NOT_DEPARTED"));
		assertThat(journals.events()).isEmpty();
		assertThat(journals.record(tashkentToAlmaty.number()).consignment().status()).isEqualTo(ConsignmentStatus.REGISTERED);
	}

	@Test
	void answersAnIdenticalResendWithTheStoredEvent() {
		EventDraft departure = event(UUID.randomUUID(), "DEPARTURE", 1);
		Recorded first = record("UZTAS", departure);
		Recorded again = record("UZTAS", departure);
		assertThat(again.created()).isFalse();
		assertThat(again.event()).isEqualTo(first.event());
		assertThat(journals.events()).hasSize(1);
		assertThat(expected.announcements()).hasSize(1);
	}

	@Test
	void refusesAnIdReusedForADifferentEvent() {
		UUID id = UUID.randomUUID();
		record("UZTAS", event(id, "DEPARTURE", 2));
		StepVerifier.create(journal.record(Callers.anOfficerAt("UZTAS"), number, event(id, "DEPARTURE", 1)))
			.verifyErrorSatisfies((error) -> assertThat(codeOf(error)).isEqualTo("EVENT_ID_REUSED"));
		StepVerifier.create(journal.record(Callers.anOfficerAt("UZYAL"), number, event(id, "EXIT", 1)))
			.verifyErrorSatisfies((error) -> assertThat(codeOf(error)).isEqualTo("EVENT_ID_REUSED"));
	}

	@Test
	void turnsALostRaceForTheSameIdIntoEventIdReused() {
		UUID id = UUID.randomUUID();
		journals.takeMeanwhile(id);
		StepVerifier.create(journal.record(Callers.anOfficerAt("UZTAS"), number, event(id, "DEPARTURE", 1)))
			.verifyErrorSatisfies((error) -> assertThat(codeOf(error)).isEqualTo("EVENT_ID_REUSED"));
	}

	@Test
	void hidesTheRecordFromAnOfficerOffTheItineraryUntilAScanOpensItToTheRules() {
		Actor kyrgyzOfficer = Callers.anOfficerAt("KGDST");
		StepVerifier.create(journal.record(kyrgyzOfficer, number, event(UUID.randomUUID(), "ENTRY", 1)))
			.verifyError(DomainException.NotFound.class);
		grants.grant(tashkentToAlmaty.number(), "KGDST", "officer.kgdst", NOW, NOW.plusSeconds(3600)).block();
		StepVerifier.create(journal.record(kyrgyzOfficer, number, event(UUID.randomUUID(), "ENTRY", 1)))
			.verifyErrorSatisfies((error) -> assertThat(codeOf(error)).isEqualTo("NOT_DEPARTED"));
	}

	@Test
	void letsOnlyOfficersRecordAndNamesEveryBadField() {
		StepVerifier.create(journal.record(Callers.aCarrier(), number, event(UUID.randomUUID(), "EXIT", 1)))
			.verifyError(DomainException.NotPermitted.class);
		EventDraft nonsense = new EventDraft("x", "TELEPORT", "yesterday", null, null, null, null, null);
		assertThat(catchInvalid(nonsense)).extracting("field").contains("id", "type", "occurredAt");
	}

	private Recorded record(String post, EventDraft draft) {
		return journal.record(Callers.anOfficerAt(post), number, draft).block();
	}

	private List<FieldError> catchInvalid(EventDraft draft) {
		try {
			journal.record(Callers.anOfficerAt("UZTAS"), number, draft).block();
			throw new AssertionError("accepted " + draft);
		}
		catch (DomainException.Invalid invalid) {
			return invalid.errors();
		}
	}

	/** An event that happened {@code minutesAgo} before {@link #NOW}, whole seconds as devices send them. */
	private static EventDraft event(UUID id, String type, int minutesAgo) {
		return new EventDraft(id.toString(), type, NOW.minusSeconds(60L * minutesAgo).toString(), null, null, null, null,
				null);
	}

	private static String codeOf(Throwable error) {
		assertThat(error).isInstanceOf(DomainException.Refused.class);
		return ((DomainException.Refused) error).rejection().code();
	}

}
