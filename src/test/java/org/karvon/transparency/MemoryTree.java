package org.karvon.transparency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The log's node table in a map, grown with {@link TreeGrowth} exactly as the database table is. */
public final class MemoryTree {

	private final Map<Subtree, byte[]> nodes = new HashMap<>();

	private long size;

	public static MemoryTree of(List<byte[]> entries) {
		MemoryTree tree = new MemoryTree();
		tree.append(entries);
		return tree;
	}

	public void append(List<byte[]> entries) {
		for (Node node : TreeGrowth.append(size, this::hash, entries)) {
			nodes.put(node.at(), node.hash());
		}
		size += entries.size();
	}

	byte[] hash(Subtree at) {
		byte[] hash = nodes.get(at);
		if (hash == null) {
			throw new IllegalStateException("no node " + at);
		}
		return hash;
	}

	public byte[] root(long treeSize) {
		return MerkleTree.root(treeSize, this::hash);
	}

	public List<byte[]> inclusion(long index, long treeSize) {
		return InclusionProof.plan(index, treeSize).assemble(this::hash);
	}

	public List<byte[]> consistency(long from, long to) {
		return ConsistencyProof.plan(from, to).assemble(this::hash);
	}

	int stored() {
		return nodes.size();
	}

}
