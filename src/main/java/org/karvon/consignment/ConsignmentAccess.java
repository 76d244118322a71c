package org.karvon.consignment;

import org.karvon.security.Actor;

/**
 * Who may see and change a consignment. Reading: the owning carrier organization, admins, and
 * officers of a country on the itinerary — or of a post where a genuine scan showed the cargo
 * really is. Changing the declaration: the owning carrier only. Everyone else is told the record
 * does not exist, so existence itself does not leak.
 */
public final class ConsignmentAccess {

	private ConsignmentAccess() {
	}

	public static boolean mayRead(Actor actor, Consignment consignment, boolean openedByScanAtActorsPost) {
		return switch (actor.role()) {
			case ADMIN -> true;
			case CARRIER -> actor.belongsTo(consignment.carrierOrganizationId());
			case OFFICER -> actor.country() != null
					&& consignment.details().itinerary().contains(new CountryCode(actor.country()))
					|| openedByScanAtActorsPost;
		};
	}

	public static boolean mayDeclare(Actor actor, Consignment consignment) {
		return actor.belongsTo(consignment.carrierOrganizationId());
	}

}
