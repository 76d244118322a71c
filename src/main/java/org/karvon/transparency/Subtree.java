package org.karvon.transparency;

/**
 * A complete, aligned subtree of the log's Merkle tree: the {@code 2^level} leaves starting at leaf
 * {@code index * 2^level}. Level 0 is one leaf. Every hash a proof or a tree head needs is a fold of such
 * subtrees, which is why the log stores exactly these (one row each) and nothing else.
 */
public record Subtree(int level, long index) {

	public Subtree {
		if (level < 0 || level > 62 || index < 0) {
			throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
		}
	}

	public long start() {
		return index << level;
	}

	public long size() {
		return 1L << level;
	}

	public Subtree left() {
		return new Subtree(level - 1, 2 * index);
	}

	public Subtree right() {
		return new Subtree(level - 1, 2 * index + 1);
	}

}
