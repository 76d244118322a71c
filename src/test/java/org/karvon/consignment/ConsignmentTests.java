package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;
import java.time.Instant;
import java.util.List;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
		Consignment departed = after(EventType.DEPARTURE);

		assertThat(departed.amend(departed.details(), LATER).rejectionCode()).contains("NOT_REGISTERED");
		assertThat(departed.cancel(LATER).rejectionCode()).contains("NOT_REGISTERED");
	}

	@Test
	void acceptsNothingOnceCancelled() {
		Consignment cancelled = aConsignment().build().cancel(LATER).orElseThrow();

		assertThat(cancelled.status()).isEqualTo(ConsignmentStatus.CANCELLED);
		assertThat(cancelled.cancel(LATER).rejectionCode()).contains("CONSIGNMENT_CLOSED");
		assertThat(outcome(cancelled, EventType.DEPARTURE, "UZTAS")).isEqualTo("CONSIGNMENT_CLOSED");
	}

	/** The lifecycle as one table: from a state reached by these events, this event gives that answer. */
	static Stream<Arguments> lifecycle() {
		EventType[] none = {};
		return Stream.of(
				row(none, EventType.DEPARTURE, "IN_TRANSIT"),
				row(none, EventType.INSPECTION, "NOT_DEPARTED"),
				row(none, EventType.HOLD, "NOT_DEPARTED"),
				row(none, EventType.SEAL_CHECK, "NOT_DEPARTED"),
				row(none, EventType.ARRIVAL, "NOT_DEPARTED"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.DEPARTURE, "NOT_REGISTERED"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.EXIT, "IN_TRANSIT"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.HOLD, "HELD"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.RELEASE, "NOT_HELD"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.COMPLETION, "NOT_ARRIVED"),
				row(new EventType[] { EventType.DEPARTURE }, EventType.ARRIVAL, "ARRIVED"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.HOLD, "ALREADY_HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.EXIT, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.ENTRY, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.ARRIVAL, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.INSPECTION, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.HOLD }, EventType.RELEASE, "IN_TRANSIT"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL }, EventType.ARRIVAL, "ALREADY_ARRIVED"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL }, EventType.EXIT, "ALREADY_ARRIVED"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL }, EventType.HOLD, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL, EventType.HOLD }, EventType.RELEASE, "ARRIVED"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL, EventType.HOLD }, EventType.COMPLETION, "HELD"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL }, EventType.COMPLETION, "COMPLETED"),
				row(new EventType[] { EventType.DEPARTURE, EventType.ARRIVAL, EventType.COMPLETION }, EventType.INSPECTION,
						"CONSIGNMENT_CLOSED"));
	}

	@ParameterizedTest(name = "after {0}: {1} gives {2}")
	@MethodSource("lifecycle")
	void followsTheLifecycleTable(List<EventType> before, EventType event, String expected) {
		Consignment consignment = after(before.toArray(EventType[]::new));

		assertThat(outcome(consignment, event, "KZALA")).isEqualTo(expected);
	}

	@Test
	void staysInTransitWhenItArrivesAtAPostThatIsNotItsDestination() {
		assertThat(outcome(after(EventType.DEPARTURE), EventType.ARRIVAL, "KZZHZ")).isEqualTo("IN_TRANSIT");
	}

	@Test
	void isHeldWhenASealIsFoundBrokenAndCarriesTheReplacementSeals() {
		Consignment departed = after(EventType.DEPARTURE);

		Consignment broken = departed.record(Movement.brokenSeal(LATER), PostCode.parse("KZZHZ"), LATER).orElseThrow();
		Consignment resealed = broken.record(Movement.resealed(LATER, List.of(Seal.parse("KZ0000001"))),
				PostCode.parse("KZZHZ"), LATER).orElseThrow();

		assertThat(broken.status()).isEqualTo(ConsignmentStatus.HELD);
		assertThat(resealed.seals()).containsExactly(Seal.parse("KZ0000001"));
		assertThat(resealed.location()).map(CurrentLocation::country).contains(CountryCode.parse("KZ"));
	}

	@Test
	void remembersTheStateThatHeldItUntilItIsReleased() {
		Consignment departed = after(EventType.DEPARTURE);

		Consignment held = departed.record(Movement.of(EventType.HOLD, LATER), PostCode.parse("KZZHZ"), LATER).orElseThrow();
		Consignment alsoBroken = held.record(Movement.brokenSeal(LATER), PostCode.parse("UZYAL"), LATER).orElseThrow();
		Consignment released = alsoBroken.record(Movement.of(EventType.RELEASE, LATER), PostCode.parse("KZZHZ"), LATER)
			.orElseThrow();
		Consignment brokenInUzbekistan = departed.record(Movement.brokenSeal(LATER), PostCode.parse("UZYAL"), LATER)
			.orElseThrow();

		assertThat(departed.heldBy()).isEmpty();
		assertThat(held.heldBy()).contains(CountryCode.parse("KZ"));
		assertThat(alsoBroken.heldBy()).contains(CountryCode.parse("KZ"));
		assertThat(released.heldBy()).isEmpty();
		assertThat(brokenInUzbekistan.heldBy()).contains(CountryCode.parse("UZ"));
	}

	@Test
	void refusesAnEventDatedBeforeRegistrationBeyondClockSkew() {
		Instant skewed = ConsignmentBuilder.REGISTERED_AT.minusSeconds(60);
		Instant before = ConsignmentBuilder.REGISTERED_AT.minus(Lifecycle.CLOCK_SKEW).minusSeconds(1);

		assertThat(aConsignment().build().record(Movement.of(EventType.DEPARTURE, before), PostCode.parse("UZTAS"),
				LATER).rejectionCode()).contains("BEFORE_REGISTRATION");
		assertThat(aConsignment().build().record(Movement.of(EventType.DEPARTURE, skewed), PostCode.parse("UZTAS"),
				LATER).rejectionCode()).isEmpty();
	}

	@Test
	void movesWithAnEventSecondsLaterOrAtTheSameInstantButNotWithAnOlderOne() {
		Consignment departed = after(EventType.DEPARTURE);
		Instant seen = departed.location().orElseThrow().at();

		assertThat(seenAt(departed, seen.plusSeconds(1), "UZYAL")).isEqualTo(PostCode.parse("UZYAL"));
		assertThat(seenAt(departed, seen, "UZYAL")).isEqualTo(PostCode.parse("UZYAL"));
		assertThat(seenAt(departed, seen.minusSeconds(1), "UZYAL")).isEqualTo(PostCode.parse("UZTAS"));
	}

	private static PostCode seenAt(Consignment consignment, Instant at, String post) {
		return consignment.record(Movement.of(EventType.EXIT, at), PostCode.parse(post), LATER).orElseThrow().location()
			.orElseThrow().postCode();
	}

	private static Arguments row(EventType[] before, EventType event, String expected) {
		return Arguments.of(List.of(before), event, expected);
	}

	/** The consignment after these events, each at the post where it belongs. */
	private static Consignment after(EventType... events) {
		Consignment consignment = aConsignment().build();
		for (EventType type : events) {
			String post = (type == EventType.DEPARTURE) ? "UZTAS" : "KZALA";
			consignment = consignment.record(Movement.of(type, LATER), PostCode.parse(post), LATER).orElseThrow();
		}
		return consignment;
	}

	/** The new status, or the code of the refusal. */
	private static String outcome(Consignment consignment, EventType type, String post) {
		return consignment.record(Movement.of(type, LATER), PostCode.parse(post), LATER)
			.map((changed) -> changed.status().name())
			.rejectionCode()
			.orElseGet(() -> consignment.record(Movement.of(type, LATER), PostCode.parse(post), LATER).orElseThrow()
				.status().name());
	}

}
