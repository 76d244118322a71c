package org.karvon.consignment.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;

/**
 * The one table of access cases (actor × record → what they see), run through the Java decision by
 * {@link AccessPolicyTests} and through the SQL predicate on PostgreSQL by
 * {@link AccessPolicyIntegrationTests} (lists show whole records only). The record is a consignment of
 * {@code owner}, Tashkent → Almaty via UZ and KZ; {@code grant} says how far a genuine scan opened it
 * to the actor's post.
 */
final class AccessCases {

	private AccessCases() {
	}

	record Case(String name, Actor actor, PostGrant grant, Optional<Visibility> sees) {

		boolean mayRead() {
			return this.sees.filter(Visibility.FULL::equals).isPresent();
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Case> all(UUID owner, UUID otherOrganization) {
		Optional<Visibility> full = Optional.of(Visibility.FULL);
		Optional<Visibility> nothing = Optional.empty();
		return List.of(
				new Case("an admin reads everything", actor(Role.ADMIN, null, null, null), PostGrant.NONE, full),
				new Case("the owning carrier reads its own", actor(Role.CARRIER, owner, null, null), PostGrant.NONE, full),
				new Case("another carrier does not", actor(Role.CARRIER, otherOrganization, null, null), PostGrant.NONE,
						nothing),
				new Case("a carrier without organization does not", actor(Role.CARRIER, null, null, null), PostGrant.NONE,
						nothing),
				new Case("an officer of a departure country reads", officer("UZYAL"), PostGrant.NONE, full),
				new Case("an officer of a transit country reads", officer("KZZHZ"), PostGrant.NONE, full),
				new Case("an officer off the itinerary does not", officer("KGDST"), PostGrant.NONE, nothing),
				new Case("an officer off the itinerary sees only the transport view after a genuine scan at their post",
						officer("KGDST"), PostGrant.SCANNED, Optional.of(Visibility.TRANSPORT)),
				new Case("an officer off the itinerary reads after their post recorded its ENTRY", officer("KGDST"),
						PostGrant.ENTERED, full),
				new Case("an officer without post or country does not", actor(Role.OFFICER, null, null, null),
						PostGrant.NONE, nothing));
	}

	static Actor officer(String post) {
		return actor(Role.OFFICER, null, post, post.substring(0, 2));
	}

	private static Actor actor(Role role, UUID organization, String post, String country) {
		return new Actor(UUID.randomUUID(), role.name().toLowerCase() + "-" + post, role, organization, post, country);
	}

}
