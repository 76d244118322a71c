package org.karvon.consignment.access;

import java.util.Optional;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

/**
 * Where the journal says the cargo can be: the country it is in or, between countries, the one it just
 * left; the post it was last seen at and the post across the border from there; the country it is
 * expected in next. Built by the journal from its trail and expected arrivals.
 */
public record Whereabouts(Optional<CountryCode> in, Optional<CountryCode> justLeft, Optional<PostCode> lastSeenAt,
		Optional<PostCode> acrossFromLastSeen, Optional<CountryCode> expectedIn) {

	/** Nothing recorded yet: the cargo is where it departs from. */
	public static Whereabouts startingAt(PostCode departurePost) {
		return new Whereabouts(Optional.of(departurePost.country()), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/**
	 * Whether an officer at {@code post} can have the cargo in front of them: it is in the post's country
	 * (or just left it and stands at its border), it was last seen at this post or at the one across the
	 * border, or it is heading into this post's country.
	 */
	public boolean canBeAt(PostCode post) {
		CountryCode country = post.country();
		return this.in.or(() -> this.justLeft).filter(country::equals).isPresent()
				|| this.lastSeenAt.filter(post::equals).isPresent()
				|| this.acrossFromLastSeen.filter(post::equals).isPresent()
				|| this.expectedIn.filter(country::equals).isPresent();
	}

}
