package org.karvon.consignment.access;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.Movement;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Rejection;
import org.karvon.kernel.Role;

/**
 * Who may see and do what with a consignment: the one place, built from the table of
 * {@link AccessRule}s (seeing) and the table of {@link JurisdictionRule}s (acting). Reading is allowed
 * by any rule for the actor's role; everyone else is told the record does not exist, so existence
 * itself does not leak. Acting (recording events) needs an officer at a post who may see the record
 * and whom no jurisdiction rule refuses; changing the declaration needs the owning carrier.
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	/** What of the record the actor sees, if anything: the widest view any rule allows. */
	public static Optional<Visibility> visibility(Actor actor, Consignment record, PostGrant grant) {
		AccessRule.Fact fact = new AccessRule.Fact(actor, record, grant);
		return rulesFor(actor).stream()
			.filter((rule) -> rule.allows.test(fact))
			.map((rule) -> rule.shows)
			.min(Comparator.naturalOrder());
	}

	/** Whether the actor sees the whole record. */
	public static boolean mayRead(Actor actor, Consignment record, PostGrant grant) {
		return visibility(actor, record, grant).filter(Visibility.FULL::equals).isPresent();
	}

	/** Whether what the actor sees may still depend on a scan at the actor's post: only then look the grant up. */
	public static boolean dependsOnScanGrant(Actor actor, Consignment record) {
		return !mayRead(actor, record, PostGrant.NONE) && visibility(actor, record, PostGrant.ENTERED).isPresent();
	}

	/**
	 * Why an officer who sees the record may not record {@code movement} at their own post, if they may
	 * not: the first {@link JurisdictionRule} that refuses, its name being the stable code.
	 */
	public static Optional<Rejection> refusalToAct(Actor actor, Consignment record, PostGrant grant,
			Whereabouts whereabouts, Movement movement) {
		if (!actor.is(Role.OFFICER) || actor.postCode() == null || visibility(actor, record, grant).isEmpty()) {
			return Optional.of(Rejection.withReason("NOT_AN_OFFICER_HERE", "only an officer who may see "
					+ record.number() + " records its events, at their own post"));
		}
		JurisdictionRule.Act act = new JurisdictionRule.Act(actor, record, grant, whereabouts, movement);
		return Arrays.stream(JurisdictionRule.values())
			.filter((rule) -> rule.refuses.test(act))
			.findFirst()
			.map((rule) -> Rejection.withReason(rule.name(), rule.message.apply(act)));
	}

	/** Whether a refusal's code is a jurisdiction rule (a security reviewer's concern), not a lifecycle one. */
	public static boolean isJurisdictional(String code) {
		return Arrays.stream(JurisdictionRule.values()).anyMatch((rule) -> rule.name().equals(code))
				|| "NOT_AN_OFFICER_HERE".equals(code);
	}

	public static boolean mayDeclare(Actor actor, Consignment record) {
		return actor.belongsTo(record.carrierOrganizationId());
	}

	/** The rules that show whole records, as an SQL condition over {@code consignment c}, for list queries. */
	public static SqlPredicate visibleTo(Actor actor) {
		List<AccessRule> rules = rulesFor(actor).stream().filter((rule) -> rule.sql != null).toList();
		if (rules.isEmpty()) {
			return new SqlPredicate("false", Map.of());
		}
		Map<String, Object> binds = new HashMap<>();
		rules.forEach((rule) -> binds.putAll(rule.binds.apply(actor)));
		String sql = rules.stream().map((rule) -> rule.sql).collect(Collectors.joining(" or ", "(", ")"));
		return new SqlPredicate(sql, binds);
	}

	private static List<AccessRule> rulesFor(Actor actor) {
		return Arrays.stream(AccessRule.values()).filter((rule) -> rule.appliesTo(actor)).toList();
	}

	/** An SQL boolean expression and the values of its named parameters. */
	public record SqlPredicate(String sql, Map<String, Object> binds) {

		public SqlPredicate {
			binds = Map.copyOf(binds);
		}

	}

}
