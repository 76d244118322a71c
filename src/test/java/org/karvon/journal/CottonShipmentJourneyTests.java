package org.karvon.journal;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.CountryCode;
import org.karvon.consignment.Seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.journal.Events.a;
import static org.karvon.journal.Events.accepted;
import static org.karvon.journal.Events.at;
import static org.karvon.journal.Events.refusalCode;
import static org.karvon.journal.Events.sealCheck;

/**
 * The story of one truck of raw cotton from Tashkent to Almaty, told with the transition rules alone.
 */
class CottonShipmentJourneyTests {

	@Test
	void travelsFromTashkentThroughYallamaAndZhibekZholyToAlmaty() {
		// Registered in Tashkent; nobody on the border may record anything before it leaves.
		JourneyState state = Events.tashkentToAlmaty();
		assertThat(refusalCode(TransitionRules.decide(state, a(EventType.EXIT), at("UZYAL")))).isEqualTo("NOT_DEPARTED");

		// The Tashkent post lets it depart.
		TransitionDecision.Accepted departed = accepted(TransitionRules.decide(state, a(EventType.DEPARTURE), at("UZTAS")));
		assertThat(departed.newStatus()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
		state = state.after(departed);

		// It leaves Uzbekistan at Yallama...
		TransitionDecision.Accepted exited = accepted(TransitionRules.decide(state, a(EventType.EXIT), at("UZYAL")));
		assertThat(exited.anomalies()).isEmpty();
		state = state.after(exited);

		// ...and enters Kazakhstan across the road at Zhibek Zholy, the next country on its itinerary.
		TransitionDecision.Accepted entered = accepted(TransitionRules.decide(state, a(EventType.ENTRY), at("KZZHZ")));
		assertThat(entered.anomalies()).isEmpty();
		assertThat(entered.trailAfter().currentCountry()).contains(CountryCode.parse("KZ"));
		state = state.after(entered);

		// The Kazakh officer checks the seals and replaces them with Kazakh ones.
		TransitionDecision.Accepted resealed = accepted(TransitionRules.decide(state,
				sealCheck(SealCheckStatus.REPLACED, "KZ7000001"), at("KZZHZ")));
		assertThat(resealed.sealsAfter()).containsExactly(Seal.parse("KZ7000001"));
		assertThat(resealed.newStatus()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
		state = state.after(resealed);

		// It arrives in Almaty, its destination...
		TransitionDecision.Accepted arrived = accepted(TransitionRules.decide(state, a(EventType.ARRIVAL), at("KZALA")));
		assertThat(arrived.newStatus()).isEqualTo(ConsignmentStatus.ARRIVED);
		assertThat(arrived.anomalies()).isEmpty();
		state = state.after(arrived);

		// ...where the transit is completed.
		TransitionDecision.Accepted completed = accepted(TransitionRules.decide(state, a(EventType.COMPLETION), at("KZALA")));
		assertThat(completed.newStatus()).isEqualTo(ConsignmentStatus.COMPLETED);
		assertThat(completed.trailAfter().countriesEntered())
			.containsExactly(CountryCode.parse("UZ"), CountryCode.parse("KZ"));
		state = state.after(completed);

		// After that the journal is closed.
		assertThat(refusalCode(TransitionRules.decide(state, a(EventType.INSPECTION), at("KZALA"))))
			.isEqualTo("CONSIGNMENT_CLOSED");
	}

}
