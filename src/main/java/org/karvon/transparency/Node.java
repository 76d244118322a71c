package org.karvon.transparency;

/** A stored hash of the tree: the hash of a complete subtree. */
public record Node(Subtree at, byte[] hash) {

	public Node {
		if (hash.length != MerkleTree.HASH_BYTES) {
			throw new IllegalArgumentException("a node hash has 32 bytes, not " + hash.length);
		}
	}

}
