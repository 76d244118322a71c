package org.karvon.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1.3: the proof that leaf {@code index} is in the tree of {@code size} leaves.
 * <p>
 * Generation follows §2.1.3.1: {@code PATH(m, D[n])} is empty for {@code n = 1}; otherwise, with
 * {@code k} the largest power of two below {@code n}, {@code PATH(m, D[0:k]) : MTH(D[k:n])} when
 * {@code m < k} and {@code PATH(m - k, D[k:n]) : MTH(D[0:k])} when {@code m >= k}. Verification is
 * the algorithm of §2.1.3.2, which never recomputes the tree.
 */
public final class InclusionProof {

	private InclusionProof() {
	}

	public static ProofPlan plan(long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
		}
		List<List<Subtree>> path = new ArrayList<>();
		path(index, 0, size, path);
		return new ProofPlan(path);
	}

	private static void path(long m, long start, long n, List<List<Subtree>> path) {
		if (n == 1) {
			return;
		}
		long k = MerkleTree.split(n);
		if (m < k) {
			path(m, start, k, path);
			path.add(MerkleTree.decompose(start + k, start + n));
		}
		else {
			path(m - k, start + k, n - k, path);
			path.add(MerkleTree.decompose(start, start + k));
		}
	}

	/** §2.1.3.2: whether {@code path} proves the leaf hash {@code leafHash} at {@code index} under {@code root}. */
	public static boolean verify(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= size) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = MerkleTree.nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = MerkleTree.nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}

}
