package org.karvon.journal;

import java.util.List;
import java.util.Set;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.Seal;
import org.karvon.kernel.Rejection;

/**
 * What recording an event would do: accepted (the consignment and trail afterwards and any anomalies
 * to record) or refused with a {@link Rejection}, by the lifecycle or by a post rule.
 */
public sealed interface TransitionDecision {

	record Accepted(Consignment consignment, Set<Anomaly> anomalies, Trail trailAfter) implements TransitionDecision {

		public Accepted {
			anomalies = Set.copyOf(anomalies);
		}

		public ConsignmentStatus newStatus() {
			return this.consignment.status();
		}

		public List<Seal> sealsAfter() {
			return this.consignment.seals();
		}

	}

	record Refused(Rejection rejection) implements TransitionDecision {

		public String code() {
			return this.rejection.code();
		}

	}

}
