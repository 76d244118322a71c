package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.PostCode;
import java.util.List;

/**
 * Everything a carrier declares about a consignment, as valid typed values. The itinerary starts in
 * the departure post's country and ends in the destination post's country.
 */
public record ConsignmentDetails(Party consignor, Party consignee, PostCode departurePost, PostCode destinationPost,
		Itinerary itinerary, Transport transport, List<Seal> seals, List<GoodsItem> goods, RegimeLinks links) {

	public static final int MAX_SEALS = 50;

	public static final int MAX_GOODS = 999;

	public ConsignmentDetails {
		seals = List.copyOf(seals);
		goods = List.copyOf(goods);
		if (goods.isEmpty() || goods.size() > MAX_GOODS || seals.size() > MAX_SEALS) {
			throw new InvalidValueException("1 to " + MAX_GOODS + " goods items and at most " + MAX_SEALS + " seals");
		}
		if (!itinerary.first().equals(departurePost.country()) || !itinerary.last().equals(destinationPost.country())) {
			throw new InvalidValueException("itinerary must run from " + departurePost.country() + " to "
					+ destinationPost.country());
		}
	}

}
