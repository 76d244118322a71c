package org.karvon.consignment.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.access.ScanGrant;
import reactor.core.publisher.Mono;

/** Scan grants in memory: which posts a genuine scan opened which records to, until when, and their ENTRY. */
public class InMemoryGrants extends PostAccessGrants {

	private final Map<String, ScanGrant> granted = new HashMap<>();

	public InMemoryGrants() {
		super(null);
	}

	@Override
	public Mono<Boolean> grant(ConsignmentNumber number, String postCode, String officer, Instant at, Instant expiresAt) {
		return Mono.fromCallable(() -> granted.putIfAbsent(number + "@" + postCode,
				new ScanGrant(at, expiresAt, Optional.empty())) == null);
	}

	@Override
	public Mono<PostGrant> stateOf(ConsignmentNumber number, String postCode, Instant now) {
		return Mono.justOrEmpty(granted.get(number + "@" + postCode))
			.map((grant) -> grant.at(now))
			.defaultIfEmpty(PostGrant.NONE);
	}

	@Override
	public Mono<Void> entered(ConsignmentNumber number, String postCode, Instant at) {
		return Mono.fromRunnable(() -> granted.computeIfPresent(number + "@" + postCode,
				(key, grant) -> new ScanGrant(grant.grantedAt(), grant.expiresAt(), Optional.of(at))));
	}

}
