package org.karvon.journal.application;

import java.time.Instant;
import java.util.Optional;

import org.karvon.consignment.Circumstances;
import org.karvon.consignment.access.AccessPolicy;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.access.Whereabouts;
import org.karvon.journal.JourneyState;
import org.karvon.journal.MovementEvent;
import org.karvon.journal.TransitionDecision;
import org.karvon.journal.TransitionRules;
import org.karvon.kernel.Actor;
import org.karvon.kernel.PostCode;
import org.karvon.kernel.Rejection;
import org.karvon.registry.PostKind;
import org.karvon.registry.Registry;

/**
 * What recording an event at the officer's own post comes to: the lifecycle and post rules first
 * ({@link TransitionRules}), then the access policy's jurisdiction rules. Recording and the list of
 * allowed events both ask here, so the web app never offers what the server refuses.
 */
final class AtThisPost {

	private AtThisPost() {
	}

	/** {@code overdue}: the record is past its transit deadline, as read (see {@code ConsignmentRecord#overdue}). */
	static TransitionDecision decide(Actor officer, JourneyState state, boolean overdue, PostGrant grant,
			Whereabouts whereabouts, MovementEvent event, Registry registry, Instant now) {
		PostCode post = PostCode.parse(officer.postCode());
		TransitionDecision decision = TransitionRules.decide(state, event, post,
				new Circumstances(isTransferPoint(registry, post), overdue), now);
		if (!(decision instanceof TransitionDecision.Accepted)) {
			return decision;
		}
		Optional<Rejection> refusal = AccessPolicy.refusalToAct(officer, state.consignment(), grant, whereabouts,
				event.movement());
		return refusal.<TransitionDecision>map(TransitionDecision.Refused::new).orElse(decision);
	}

	/** Ports and rail posts: where containers change their means of transport. */
	static boolean isTransferPoint(Registry registry, PostCode post) {
		return registry.post(post.toString())
			.map((found) -> found.kind() == PostKind.PORT || found.kind() == PostKind.RAIL)
			.orElse(false);
	}

}
