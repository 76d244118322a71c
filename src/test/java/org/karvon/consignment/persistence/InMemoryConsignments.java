package org.karvon.consignment.persistence;

import java.util.HashMap;
import java.util.Map;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentQuery;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.journal.HashChain;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Page;
import reactor.core.publisher.Mono;

/**
 * Consignment records in memory, for service tests. Listing is left out: its visibility is SQL, and
 * {@code AccessPolicyIntegrationTests} runs it against PostgreSQL.
 */
public class InMemoryConsignments extends Consignments {

	private final Map<ConsignmentNumber, ConsignmentRecord> records = new HashMap<>();

	public InMemoryConsignments() {
		super(null, null, java.time.Clock.systemUTC());
	}

	public InMemoryConsignments with(ConsignmentRecord record) {
		records.put(record.number(), record);
		return this;
	}

	@Override
	public Mono<Boolean> add(ConsignmentRecord record) {
		// the table's default: a new record's journal starts at the genesis hash
		ConsignmentRecord stored = record.journalHead() == null ? record.withJournalHead(0, HashChain.GENESIS) : record;
		return Mono.fromSupplier(() -> records.putIfAbsent(record.number(), stored) == null);
	}

	@Override
	public Mono<ConsignmentRecord> byNumber(ConsignmentNumber number) {
		return Mono.fromSupplier(() -> records.get(number));
	}

	@Override
	public Mono<ConsignmentRecord> lock(ConsignmentNumber number) {
		return byNumber(number);
	}

	@Override
	public Mono<Void> update(ConsignmentRecord record) {
		return Mono.fromRunnable(() -> records.put(record.number(), record));
	}

	@Override
	public Mono<Page<ConsignmentRecord>> page(Actor actor, ConsignmentQuery query) {
		return Mono.error(new UnsupportedOperationException("listing is SQL; see AccessPolicyIntegrationTests"));
	}

}
