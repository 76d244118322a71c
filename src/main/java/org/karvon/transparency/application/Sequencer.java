package org.karvon.transparency.application;

import java.util.List;
import java.util.Map;

import org.karvon.transparency.Node;
import org.karvon.transparency.TreeGrowth;
import org.karvon.transparency.persistence.LogQueue;
import org.karvon.transparency.persistence.LogStore;
import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Gives queued entries their log index, Trillian-style, after the appends that queued them committed. One
 * batch is one transaction: take {@code pg_try_advisory_xact_lock} (another instance holding it means
 * "not now", never a second sequencing), claim the oldest queue rows, append them as leaves from the current
 * size on with the subtree nodes they complete (read: the old tree's frontier, at most 63 rows), delete them
 * from the queue. A crash rolls all of it back, so an entry is in the queue or in the log, once.
 */
public class Sequencer {

	static final int BATCH = 512;

	private final LogQueue queue;

	private final LogStore log;

	private final TransactionalOperator transaction;

	public Sequencer(LogQueue queue, LogStore log, TransactionalOperator transaction) {
		this.queue = queue;
		this.log = log;
		this.transaction = transaction;
	}

	/** Sequences one batch; emits how many entries got an index (0 when none waited or another held the lock). */
	public Mono<Integer> sequenceBatch() {
		Mono<Integer> batch = queue.lockForSequencing()
			.flatMap((locked) -> locked ? queue.claim(BATCH).flatMap(this::append) : Mono.just(0));
		return transaction.transactional(batch);
	}

	private Mono<Integer> append(List<byte[]> entries) {
		if (entries.isEmpty()) {
			return Mono.just(0);
		}
		return log.size().flatMap((size) -> log.nodes(TreeGrowth.frontier(size)).flatMap((frontier) -> {
			List<Node> nodes = TreeGrowth.append(size, frontierOf(frontier), entries);
			return log.append(size, entries, nodes).thenReturn(entries.size());
		}));
	}

	private static java.util.function.Function<org.karvon.transparency.Subtree, byte[]> frontierOf(
			Map<org.karvon.transparency.Subtree, byte[]> frontier) {
		return (at) -> {
			byte[] hash = frontier.get(at);
			if (hash == null) {
				throw new IllegalStateException("log_node lacks the frontier subtree " + at);
			}
			return hash;
		};
	}

}
