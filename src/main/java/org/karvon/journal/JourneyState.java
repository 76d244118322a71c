package org.karvon.journal;

import java.util.List;
import java.util.Optional;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.Itinerary;
import org.karvon.consignment.Seal;
import org.karvon.consignment.access.Whereabouts;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.Registry;

/**
 * A consignment as the journal sees it: the aggregate (which guards its own lifecycle) and the
 * {@link Trail} of countries its accepted events place it in.
 */
public record JourneyState(Consignment consignment, Trail trail) {

	public static JourneyState of(Consignment consignment, Trail trail) {
		return new JourneyState(consignment, trail);
	}

	/** The state once an accepted event has been recorded. */
	public JourneyState after(TransitionDecision.Accepted accepted) {
		return new JourneyState(accepted.consignment(), accepted.trailAfter());
	}

	/**
	 * Where the cargo can be, for the access policy: the trail's country (or the one just left), the
	 * post of the last sighting and the post across the border from it, and the country expecting it.
	 */
	public Whereabouts whereabouts(Registry registry, Optional<CountryCode> expectedIn) {
		Optional<PostCode> lastSeen = this.consignment.location().map((location) -> location.postCode());
		Optional<PostCode> across = lastSeen.flatMap((post) -> registry.post(post.toString()))
			.map(CustomsPost::counterpart)
			.map(PostCode::parse);
		return new Whereabouts(this.trail.currentCountry(), this.trail.lastExitCountry(), lastSeen, across, expectedIn);
	}

	public ConsignmentStatus status() {
		return this.consignment.status();
	}

	public PostCode departurePost() {
		return this.consignment.details().departurePost();
	}

	public PostCode destinationPost() {
		return this.consignment.details().destinationPost();
	}

	public Itinerary itinerary() {
		return this.consignment.details().itinerary();
	}

	public List<Seal> seals() {
		return this.consignment.seals();
	}

}
