package org.karvon.webhook;

import java.net.InetAddress;
import java.util.List;

/** Whether a target host may be called, judged on every address its name resolves to. */
public sealed interface Admission {

	/** Connect to this address (the first resolved one), not to whatever the name resolves to later. */
	record Pinned(InetAddress address) implements Admission {
	}

	record Refused(String reason) implements Admission {
	}

	record Unresolved(String host) implements Admission {
	}

	/**
	 * Refused when any resolved address is not public: a name with one public and one internal address
	 * would otherwise reach the internal one whenever the resolver's order changes.
	 */
	static Admission judge(String host, List<InetAddress> resolved, boolean allowPrivate) {
		if (resolved.isEmpty()) {
			return new Unresolved(host);
		}
		for (InetAddress address : resolved) {
			var refusal = TargetAddresses.refusal(address);
			if (refusal.isPresent() && !allowPrivate) {
				return new Refused(host + " resolves to " + address.getHostAddress() + ", a " + refusal.get()
						+ " address; webhooks go only to public addresses");
			}
		}
		return new Pinned(resolved.get(0));
	}

}
