package org.karvon.consignment.access;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.karvon.consignment.Consignment;
import org.karvon.kernel.Actor;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.Role;

/**
 * One row of the visibility table: for which role it applies, what it shows, the decision in Java
 * and — for rules that show the whole record — the same decision as an SQL condition over
 * {@code consignment c} with its binds, for list queries (lists show whole records only). Java and
 * SQL cannot drift apart because the table test runs every case through both.
 */
enum AccessRule {

	/** Admins run the system and see every record. */
	ADMIN_SEES_ALL(Role.ADMIN, (fact) -> true, "true", (actor) -> java.util.Collections.emptyMap()),

	/** A carrier sees its own organization's consignments. */
	CARRIER_SEES_OWN(Role.CARRIER, (fact) -> fact.actor().belongsTo(fact.record().carrierOrganizationId()),
			"c.carrier_organization_id = :org", (actor) -> bind("org", actor.organizationId())),

	/** An officer sees consignments whose itinerary crosses the officer's country. */
	OFFICER_SEES_ITINERARY(Role.OFFICER, (fact) -> fact.actor().country() != null
			&& fact.record().details().itinerary().contains(CountryCode.parse(fact.actor().country())),
			"c.itinerary @> array[:country]::text[]", (actor) -> bind("country", actor.country())),

	/** A post off the itinerary sees the whole record once it recorded its own ENTRY after a genuine scan. */
	OFFICER_SEES_ENTERED_HERE(Role.OFFICER, (fact) -> fact.grant() == PostGrant.ENTERED,
			"exists (select 1 from scan_access a where a.consignment_number = c.number and a.post_code = :post"
					+ " and a.entered_at is not null)",
			(actor) -> bind("post", actor.postCode())),

	/**
	 * Before that ENTRY, a genuine current scan shows the post what it checks against the truck, and no
	 * more: a photo of the paper sent over a messenger must not reveal parties, goods or values.
	 */
	OFFICER_SEES_TRANSPORT_SCANNED_HERE(Role.OFFICER, Visibility.TRANSPORT,
			(fact) -> fact.grant() == PostGrant.SCANNED, (actor) -> bind("post", actor.postCode()));

	final Role role;

	final Visibility shows;

	final Predicate<Fact> allows;

	/** The SQL condition of a rule that shows whole records; null for the transport view. */
	final String sql;

	final Function<Actor, Map<String, Object>> binds;

	AccessRule(Role role, Predicate<Fact> allows, String sql, Function<Actor, Map<String, Object>> binds) {
		this(role, Visibility.FULL, allows, sql, binds);
	}

	AccessRule(Role role, Visibility shows, Predicate<Fact> allows, Function<Actor, Map<String, Object>> binds) {
		this(role, shows, allows, null, binds);
	}

	AccessRule(Role role, Visibility shows, Predicate<Fact> allows, String sql,
			Function<Actor, Map<String, Object>> binds) {
		this.role = role;
		this.shows = shows;
		this.allows = allows;
		this.sql = sql;
		this.binds = binds;
	}

	/** Whether this rule can grant {@code actor} anything: the right role, and the attributes it looks at. */
	boolean appliesTo(Actor actor) {
		return actor.role() == this.role && !this.binds.apply(actor).containsValue(null);
	}

	private static Map<String, Object> bind(String name, Object value) {
		return java.util.Collections.singletonMap(name, value);
	}

	/** What a rule looks at: who asks, the record, and how far a scan opened it to the asker's post. */
	record Fact(Actor actor, Consignment record, PostGrant grant) {
	}

}
