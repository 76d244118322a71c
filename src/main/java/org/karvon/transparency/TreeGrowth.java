package org.karvon.transparency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The new complete subtrees when entries are appended to a tree of {@code size} leaves: the leaf hash of
 * each (level 0), and every subtree the append completes. Completing one needs only its left sibling
 * chain, which is the {@link #frontier} of the tree before the append — at most 63 stored nodes.
 */
public final class TreeGrowth {

	private TreeGrowth() {
	}

	/** The complete subtrees that make up a tree of {@code size} leaves, largest first. */
	public static List<Subtree> frontier(long size) {
		return MerkleTree.decompose(0, size);
	}

	/**
	 * @param size the tree's size before the append
	 * @param frontier hashes of (at least) the {@link #frontier(long) frontier} of that tree
	 * @param entries the entries appended, in order, each hashed as a leaf
	 */
	public static List<Node> append(long size, Function<Subtree, byte[]> frontier, List<byte[]> entries) {
		Map<Subtree, byte[]> made = new HashMap<>();
		List<Node> nodes = new ArrayList<>();
		Function<Subtree, byte[]> known = (at) -> made.containsKey(at) ? made.get(at) : frontier.apply(at);
		for (int i = 0; i < entries.size(); i++) {
			long index = size + i;
			Subtree at = new Subtree(0, index);
			byte[] hash = MerkleTree.leafHash(entries.get(i));
			add(made, nodes, at, hash);
			while ((at.index() & 1) == 1) {
				Subtree parent = new Subtree(at.level() + 1, at.index() >> 1);
				hash = MerkleTree.nodeHash(known.apply(parent.left()), hash);
				add(made, nodes, parent, hash);
				at = parent;
			}
		}
		return nodes;
	}

	private static void add(Map<Subtree, byte[]> made, List<Node> nodes, Subtree at, byte[] hash) {
		made.put(at, hash);
		nodes.add(new Node(at, hash));
	}

}
