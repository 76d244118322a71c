package org.karvon.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * RFC 9162 §2.1 Merkle tree hashing with SHA-256: {@code MTH({}) = SHA-256()}, a leaf hashes as
 * {@code SHA-256(0x00 ‖ entry)} and an interior node as {@code SHA-256(0x01 ‖ left ‖ right)}; a tree of
 * {@code n > 1} leaves splits at {@code k}, the largest power of two below {@code n}.
 * <p>
 * Every range that a tree head or proof needs, {@code [start, end)}, is either a complete aligned
 * subtree or the right edge of a larger one, so it {@link #decompose decomposes} into at most 63
 * complete subtrees of falling size whose right {@link #fold fold} is its hash. With those subtrees
 * stored, a tree head or proof costs O(log n) stored hashes.
 */
public final class MerkleTree {

	public static final int HASH_BYTES = 32;

	private MerkleTree() {
	}

	public static byte[] leafHash(byte[] entry) {
		return sha256(new byte[] { 0x00 }, entry);
	}

	public static byte[] nodeHash(byte[] left, byte[] right) {
		return sha256(new byte[] { 0x01 }, left, right);
	}

	public static byte[] emptyRoot() {
		return sha256();
	}

	/** The largest power of two strictly below {@code n} ({@code n > 1}): where RFC 9162 splits a tree. */
	public static long split(long n) {
		return Long.highestOneBit(n - 1);
	}

	/** The complete subtrees, largest first, that make up {@code [start, end)} of a tree. */
	public static List<Subtree> decompose(long start, long end) {
		List<Subtree> pieces = new ArrayList<>();
		long position = start;
		for (int level = 62; level >= 0; level--) {
			if (((end - start) & (1L << level)) != 0) {
				if (position % (1L << level) != 0) {
					throw new IllegalArgumentException("[" + start + ", " + end + ") is not a range of the tree");
				}
				pieces.add(new Subtree(level, position >> level));
				position += 1L << level;
			}
		}
		return pieces;
	}

	/** MTH of the range the pieces make up: {@code node(p1, node(p2, … node(pk-1, pk)))}. */
	public static byte[] fold(List<Subtree> pieces, Function<Subtree, byte[]> hashes) {
		if (pieces.isEmpty()) {
			return emptyRoot();
		}
		byte[] hash = hashes.apply(pieces.get(pieces.size() - 1));
		for (int i = pieces.size() - 2; i >= 0; i--) {
			hash = nodeHash(hashes.apply(pieces.get(i)), hash);
		}
		return hash;
	}

	/** The tree head of the first {@code size} leaves. */
	public static byte[] root(long size, Function<Subtree, byte[]> hashes) {
		return fold(decompose(0, size), hashes);
	}

	static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}
