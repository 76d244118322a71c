package org.karvon.journal;

import java.time.Duration;
import java.time.Instant;

import org.karvon.consignment.EventType;
import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.EventType.ARRIVAL;
import static org.karvon.consignment.EventType.COMPLETION;
import static org.karvon.consignment.EventType.DEPARTURE;
import static org.karvon.consignment.EventType.ENTRY;
import static org.karvon.consignment.EventType.EXIT;
import static org.karvon.consignment.EventType.HOLD;
import static org.karvon.consignment.EventType.INCIDENT;
import static org.karvon.consignment.EventType.INSPECTION;
import static org.karvon.consignment.EventType.RELEASE;
import static org.karvon.journal.Events.a;
import static org.karvon.journal.Events.accepted;
import static org.karvon.journal.Events.after;
import static org.karvon.journal.Events.at;
import static org.karvon.journal.Events.refusalCode;
import static org.karvon.journal.Events.sealCheck;
import static org.karvon.journal.Events.tashkentToAlmaty;

class TransitionRulesTests {

	private static final JourneyState REGISTERED = tashkentToAlmaty();

	private static final JourneyState DEPARTED = after(REGISTERED, DEPARTURE, "UZTAS");

	private static final JourneyState IN_KAZAKHSTAN = after(DEPARTED, EXIT, "UZYAL", ENTRY, "KZZHZ");

	private static final JourneyState ARRIVED = after(IN_KAZAKHSTAN, ARRIVAL, "KZALA");

	private static String refusal(JourneyState state, EventType type, String post) {
		return refusalCode(TransitionRules.decide(state, a(type), at(post), Events.NOON));
	}

	private static TransitionDecision.Accepted accept(JourneyState state, MovementEvent event, String post) {
		return accepted(TransitionRules.decide(state, event, at(post), Events.NOON));
	}

	@Test
	void flagsAnEventRecordedMoreThanAnHourAfterItHappened() {
		Instant twoHoursLater = Events.NOON.plus(Duration.ofHours(2));
		Instant fiftyMinutesLater = Events.NOON.plus(Duration.ofMinutes(50));

		assertThat(accepted(TransitionRules.decide(DEPARTED, a(INSPECTION), at("UZTAS"), twoHoursLater)).anomalies())
			.containsExactly(Anomaly.RECORDED_LATE);
		assertThat(accepted(TransitionRules.decide(DEPARTED, a(INSPECTION), at("UZTAS"), fiftyMinutesLater)).anomalies())
			.isEmpty();
	}

	@Test
	void refusesDepartureAwayFromTheDeparturePost() {
		assertThat(refusal(REGISTERED, DEPARTURE, "UZYAL")).isEqualTo("DEPARTURE_NOT_AT_DEPARTURE_POST");
	}

	@Test
	void refusesASecondDeparture() {
		assertThat(refusal(DEPARTED, DEPARTURE, "UZTAS")).isEqualTo("NOT_REGISTERED");
	}

	@Test
	void refusesEveryOtherEventBeforeDeparture() {
		for (EventType type : new EventType[] { INSPECTION, HOLD, INCIDENT, ARRIVAL, COMPLETION }) {
			assertThat(refusal(REGISTERED, type, "UZTAS")).isEqualTo("NOT_DEPARTED");
		}
	}

	@Test
	void refusesEntryAfterCompletion() {
		JourneyState completed = after(ARRIVED, COMPLETION, "KZALA");

		assertThat(refusal(completed, ENTRY, "KZZHZ")).isEqualTo("CONSIGNMENT_CLOSED");
	}

	@Test
	void keepsHeldCargoFromMovingButAllowsChecks() {
		JourneyState held = after(DEPARTED, HOLD, "UZTAS");

		assertThat(refusal(held, EXIT, "UZYAL")).isEqualTo("HELD");
		assertThat(refusal(held, ARRIVAL, "KZALA")).isEqualTo("HELD");
		assertThat(refusal(held, HOLD, "UZTAS")).isEqualTo("ALREADY_HELD");
		assertThat(accept(held, a(INSPECTION), "UZTAS").newStatus()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(accept(held, a(INCIDENT), "UZTAS").newStatus()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(accept(held, a(RELEASE), "UZTAS").newStatus()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
	}

	@Test
	void releasesBackToArrivedWhenHeldAfterArrival() {
		JourneyState held = after(ARRIVED, HOLD, "KZALA");

		assertThat(refusal(held, COMPLETION, "KZALA")).isEqualTo("HELD");
		assertThat(accept(held, a(RELEASE), "KZALA").newStatus()).isEqualTo(ConsignmentStatus.ARRIVED);
	}

	@Test
	void refusesReleaseOfCargoThatIsNotHeld() {
		assertThat(refusal(DEPARTED, RELEASE, "UZTAS")).isEqualTo("NOT_HELD");
	}

	@Test
	void holdsCargoWhoseSealsAreBroken() {
		TransitionDecision.Accepted broken = accept(IN_KAZAKHSTAN, sealCheck(SealCheckStatus.BROKEN), "KZZHZ");

		assertThat(broken.newStatus()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(broken.sealsAfter()).isEqualTo(IN_KAZAKHSTAN.seals());
	}

	@Test
	void completesOnlyAfterArrivalAndOnlyAtTheDestination() {
		assertThat(refusal(IN_KAZAKHSTAN, COMPLETION, "KZALA")).isEqualTo("NOT_ARRIVED");
		assertThat(refusal(ARRIVED, COMPLETION, "KZZHZ")).isEqualTo("COMPLETION_NOT_AT_DESTINATION");
		assertThat(refusal(ARRIVED, ARRIVAL, "KZALA")).isEqualTo("ALREADY_ARRIVED");
	}

	@Test
	void recordsArrivalAtAnotherPostAsWrongPostAndKeepsItInTransit() {
		TransitionDecision.Accepted arrival = accept(IN_KAZAKHSTAN, a(ARRIVAL), "KZZHZ");

		assertThat(arrival.anomalies()).containsExactly(Anomaly.WRONG_POST);
		assertThat(arrival.newStatus()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
	}

	@Test
	void flagsEntryIntoCountryOffItinerary() {
		JourneyState leftUzbekistan = after(DEPARTED, EXIT, "UZDST");

		assertThat(accept(leftUzbekistan, a(ENTRY), "KGDST").anomalies()).containsExactly(Anomaly.ROUTE_DEVIATION);
	}

	@Test
	void flagsEntryWithoutExitFromThePreviousCountry() {
		assertThat(accept(DEPARTED, a(ENTRY), "KZZHZ").anomalies()).containsExactly(Anomaly.MISSING_EXIT);
	}

	@Test
	void flagsExitFromACountryTheCargoNeverEntered() {
		assertThat(accept(DEPARTED, a(EXIT), "KZZHZ").anomalies()).containsExactly(Anomaly.MISSING_ENTRY);
	}

	@Test
	void flagsCrossingTheSameBorderTwice() {
		JourneyState leftUzbekistan = after(DEPARTED, EXIT, "UZYAL");

		assertThat(accept(leftUzbekistan, a(EXIT), "UZYAL").anomalies()).containsExactly(Anomaly.DUPLICATE_CROSSING);
		assertThat(accept(IN_KAZAKHSTAN, a(ENTRY), "KZZHZ").anomalies()).containsExactly(Anomaly.DUPLICATE_CROSSING);
	}

	@Test
	void flagsAnInspectionInACountryWhereTheCargoIsNot() {
		assertThat(accept(DEPARTED, a(INSPECTION), "KZALA").anomalies()).containsExactly(Anomaly.LOCATION_MISMATCH);
		assertThat(accept(after(DEPARTED, EXIT, "UZYAL"), a(INSPECTION), "UZYAL").anomalies()).isEmpty();
	}

}
