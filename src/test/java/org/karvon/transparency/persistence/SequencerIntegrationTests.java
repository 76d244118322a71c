package org.karvon.transparency.persistence;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.karvon.support.IntegrationTest;
import org.karvon.transparency.ConsistencyProof;
import org.karvon.transparency.InclusionProof;
import org.karvon.transparency.MemoryTree;
import org.karvon.transparency.MerkleTree;
import org.karvon.transparency.application.Sequencer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Two sequencers (as on two instances) race over one queue that writers keep filling, on a real PostgreSQL. */
@IntegrationTest
class SequencerIntegrationTests {

	static final int ENTRIES = 600;

	@Autowired
	DatabaseClient db;

	@Autowired
	LogQueue queue;

	@Autowired
	LogStore log;

	@Autowired
	TransactionalOperator transaction;

	@Test
	void twoSequencersGiveEveryQueuedEntryExactlyOneOfContiguousIndexes() {
		Sequencer first = new Sequencer(queue, log, transaction);
		Sequencer second = new Sequencer(queue, log, transaction);
		// the suite's other tests share this log: measure from what is already in it
		drain(first);
		long before = log.size().block();
		List<byte[]> entries = new ArrayList<>();
		for (int i = 0; i < ENTRIES; i++) {
			entries.add(MerkleTree.leafHash(ByteBuffer.allocate(4).putInt(i).array()));
		}
		Mono<Void> writers = Flux.fromIterable(entries).flatMap((entry) -> transaction.transactional(queue.enqueue(entry)), 16)
			.then();
		Mono<Void> sequencers = Flux.merge(race(first), race(second)).then();
		Mono.when(writers.subscribeOn(Schedulers.parallel()), sequencers).block(Duration.ofMinutes(3));
		drain(first);

		List<byte[]> stored = log.leaves(before, before + ENTRIES + 1).collectList().block();
		assertThat(log.size().block()).isEqualTo(before + ENTRIES);
		assertThat(stored).hasSize(ENTRIES);
		Set<String> distinct = new HashSet<>();
		stored.forEach((hash) -> distinct.add(ByteBuffer.wrap(hash).toString() + java.util.Arrays.toString(hash)));
		assertThat(distinct).hasSize(ENTRIES);
		assertThat(stored).usingElementComparator(java.util.Arrays::compare).containsExactlyInAnyOrderElementsOf(entries);
		assertThat(db.sql("select count(*) as n from log_queue").map((row) -> row.get("n", Long.class)).one().block()).isZero();
		assertProofsFromStoredNodesMatch(MemoryTree.of(log.leaves(0, before + ENTRIES).collectList().block()), before);
	}

	/** Each sequencer keeps sequencing batches for a while, as the background schedule would. */
	static Flux<Integer> race(Sequencer sequencer) {
		return Flux.range(0, 200).concatMap((tick) -> sequencer.sequenceBatch().delayElement(Duration.ofMillis(5)));
	}

	static void drain(Sequencer sequencer) {
		while (sequencer.sequenceBatch().block() > 0) {
			// until the queue is empty
		}
	}

	void assertProofsFromStoredNodesMatch(MemoryTree reference, long before) {
		long total = before + ENTRIES;
		for (long size : List.of(before + 1, before + 2, before + 300, before + 513, total)) {
			byte[] root = MerkleTree.root(size, log.nodes(org.karvon.transparency.TreeGrowth.frontier(size)).block()::get);
			assertThat(root).isEqualTo(reference.root(size));
			var plan = InclusionProof.plan(size - 1, total);
			List<byte[]> path = plan.assemble(log.nodes(plan.subtrees()).block()::get);
			assertThat(path).containsExactlyElementsOf(reference.inclusion(size - 1, total));
			var consistency = ConsistencyProof.plan(size, total);
			List<byte[]> proof = consistency.assemble(log.nodes(consistency.subtrees()).block()::get);
			assertThat(ConsistencyProof.verify(size, total, root, reference.root(total), proof)).isTrue();
		}
	}

}
