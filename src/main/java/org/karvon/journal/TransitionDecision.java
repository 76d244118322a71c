package org.karvon.journal;

import java.util.List;
import java.util.Set;

import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.Rejection;
import org.karvon.consignment.Seal;

/**
 * What {@link TransitionRules} decide about an event: accepted (with the status, seals and trail
 * afterwards and any anomalies to record) or refused with a {@link Rejection}.
 */
public sealed interface TransitionDecision {

	record Accepted(ConsignmentStatus newStatus, Set<Anomaly> anomalies, List<Seal> sealsAfter, Trail trailAfter)
			implements TransitionDecision {

		public Accepted {
			anomalies = Set.copyOf(anomalies);
			sealsAfter = List.copyOf(sealsAfter);
		}

	}

	record Refused(Rejection rejection) implements TransitionDecision {

		public String code() {
			return this.rejection.code();
		}

	}

}
