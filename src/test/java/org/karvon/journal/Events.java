package org.karvon.journal;

import org.karvon.consignment.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.karvon.consignment.ConsignmentBuilder;
import org.karvon.kernel.PostCode;
import org.karvon.consignment.Seal;

/**
 * Validated movement events and journey states for tests, named after what happens.
 */
final class Events {

	static final Instant NOON = Instant.parse("2025-05-02T12:00:00Z");

	private Events() {
	}

	static MovementEvent a(EventType type) {
		return new MovementEvent(UUID.randomUUID(), type, NOON, Optional.empty(), new EventDetails.None());
	}

	static MovementEvent sealCheck(SealCheckStatus status, String... newSeals) {
		return new MovementEvent(UUID.randomUUID(), EventType.SEAL_CHECK, NOON, Optional.empty(),
				new EventDetails.SealCheck(status, List.of(newSeals).stream().map(Seal::parse).toList()));
	}

	static PostCode at(String post) {
		return PostCode.parse(post);
	}

	/** A registered consignment Tashkent → Almaty via Uzbekistan and Kazakhstan, before departure. */
	static JourneyState tashkentToAlmaty() {
		return JourneyState.of(ConsignmentBuilder.aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ").build(),
				Trail.startingIn(PostCode.parse("UZTAS").country()));
	}

	/** Records the events, each at its post, failing if one is refused. */
	static JourneyState after(JourneyState state, Object... typesAndPosts) {
		for (int i = 0; i < typesAndPosts.length; i += 2) {
			MovementEvent event = (typesAndPosts[i] instanceof EventType type) ? a(type) : (MovementEvent) typesAndPosts[i];
			state = state.after(accepted(TransitionRules.decide(state, event, at((String) typesAndPosts[i + 1]), NOON)));
		}
		return state;
	}

	static TransitionDecision.Accepted accepted(TransitionDecision decision) {
		if (decision instanceof TransitionDecision.Refused refused) {
			throw new AssertionError("refused: " + refused.rejection());
		}
		return (TransitionDecision.Accepted) decision;
	}

	static String refusalCode(TransitionDecision decision) {
		return (decision instanceof TransitionDecision.Refused refused) ? refused.code() : "ACCEPTED";
	}

}
