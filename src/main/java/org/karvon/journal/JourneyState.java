package org.karvon.journal;

import java.util.List;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.Itinerary;
import org.karvon.consignment.PostCode;
import org.karvon.consignment.Seal;

/**
 * What {@link TransitionRules} need to know about a consignment: its status, route, seals, whether it
 * has arrived (a hold after arrival is released back to ARRIVED) and its {@link Trail}.
 */
public record JourneyState(ConsignmentStatus status, PostCode departurePost, PostCode destinationPost,
		Itinerary itinerary, List<Seal> seals, boolean arrived, Trail trail) {

	public JourneyState {
		seals = List.copyOf(seals);
	}

	public static JourneyState of(Consignment consignment, Trail trail) {
		return new JourneyState(consignment.status(), consignment.details().departurePost(),
				consignment.details().destinationPost(), consignment.details().itinerary(), consignment.seals(),
				consignment.arrivedAt().isPresent(), trail);
	}

	/** The state once an accepted event has been recorded. */
	public JourneyState after(TransitionDecision.Accepted accepted) {
		return new JourneyState(accepted.newStatus(), this.departurePost, this.destinationPost, this.itinerary,
				accepted.sealsAfter(), this.arrived || accepted.newStatus() == ConsignmentStatus.ARRIVED,
				accepted.trailAfter());
	}

}
