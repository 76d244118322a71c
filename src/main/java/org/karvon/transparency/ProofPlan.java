package org.karvon.transparency;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which stored subtrees a proof is made of: each element of the proof's path is the {@link MerkleTree#fold
 * fold} of its list. A store reads {@link #subtrees()} in one query, then {@link #assemble}s the path.
 */
public record ProofPlan(List<List<Subtree>> elements) {

	public ProofPlan {
		elements = elements.stream().map(List::copyOf).toList();
	}

	public Set<Subtree> subtrees() {
		Set<Subtree> all = new LinkedHashSet<>();
		elements.forEach(all::addAll);
		return all;
	}

	public List<byte[]> assemble(Function<Subtree, byte[]> hashes) {
		return elements.stream().map((pieces) -> MerkleTree.fold(pieces, hashes)).toList();
	}

}
