package org.karvon.transparency.application;

import java.util.List;

import org.karvon.kernel.DomainException;
import org.karvon.transparency.ConsistencyProof;
import org.karvon.transparency.InclusionProof;
import org.karvon.transparency.MerkleTree;
import org.karvon.transparency.ProofPlan;
import org.karvon.transparency.TreeGrowth;
import org.karvon.transparency.persistence.LogStore;
import reactor.core.publisher.Mono;

/**
 * Tree heads and RFC 9162 proofs from the stored subtree hashes: each reads O(log n) rows in one query.
 * Sizes beyond the current log, or an index not below the size, are malformed requests.
 */
public class LogProofs {

	private final LogStore log;

	public LogProofs(LogStore log) {
		this.log = log;
	}

	public Mono<byte[]> root(long size) {
		return log.nodes(TreeGrowth.frontier(size)).map((nodes) -> MerkleTree.root(size, nodes::get));
	}

	/** The inclusion proof of leaf {@code index} in the tree of {@code size}, from the stored nodes. */
	public Mono<List<byte[]>> inclusion(long index, long size) {
		return assemble(InclusionProof.plan(index, size));
	}

	public Mono<List<byte[]>> consistency(long from, long to) {
		return assemble(ConsistencyProof.plan(from, to));
	}

	/** The inclusion proof with its leaf hash, for a caller's parameters (checked against the log's size). */
	public Mono<Inclusion> inclusionFor(long index, long size) {
		return log.size().flatMap((current) -> {
			if (size < 1 || size > current || index < 0 || index >= size) {
				return Mono.error(new DomainException.Malformed("index",
						"index must be below size, and size between 1 and the log's size " + current));
			}
			return log.nodes(List.of(new org.karvon.transparency.Subtree(0, index)))
				.zipWith(inclusion(index, size))
				.map((found) -> new Inclusion(index, size, found.getT1().values().iterator().next(), found.getT2()));
		});
	}

	public Mono<List<byte[]>> consistencyFor(long from, long to) {
		return log.size().flatMap((current) -> {
			if (from < 0 || to > current || from > to) {
				return Mono.error(new DomainException.Malformed("from",
						"from and to must satisfy 0 <= from <= to <= the log's size " + current));
			}
			return consistency(from, to);
		});
	}

	private Mono<List<byte[]>> assemble(ProofPlan plan) {
		return log.nodes(plan.subtrees()).map((nodes) -> plan.assemble((at) -> {
			byte[] hash = nodes.get(at);
			if (hash == null) {
				throw new IllegalStateException("log_node lacks " + at);
			}
			return hash;
		}));
	}

	/** An inclusion proof: the leaf hash (level-0 node) and the path. */
	public record Inclusion(long index, long size, byte[] leafHash, List<byte[]> path) {
	}

}
