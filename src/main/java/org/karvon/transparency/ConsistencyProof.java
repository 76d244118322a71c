package org.karvon.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1.4: the proof that the tree of {@code to} leaves extends the tree of {@code from} leaves.
 * <p>
 * Generation follows §2.1.4.1: {@code PROOF(m, D[n]) = SUBPROOF(m, D[n], true)}, where
 * {@code SUBPROOF(m, D[m], true)} is empty, {@code SUBPROOF(m, D[m], false) = [MTH(D[m])]}, and for
 * {@code m < n}, with {@code k} the largest power of two below {@code n},
 * {@code SUBPROOF(m, D[0:k], b) : MTH(D[k:n])} when {@code m <= k} and
 * {@code SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])} when {@code m > k}. The proof between equal
 * sizes and from size 0 is empty. Verification is the algorithm of §2.1.4.2 for
 * {@code 0 < from < to}; for {@code from = 0} any tree is consistent (with an empty proof), and for
 * {@code from = to} the roots must be equal (again with an empty proof).
 */
public final class ConsistencyProof {

	private ConsistencyProof() {
	}

	public static ProofPlan plan(long from, long to) {
		if (from < 0 || from > to) {
			throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
		}
		List<List<Subtree>> path = new ArrayList<>();
		if (from > 0 && from < to) {
			subproof(from, 0, to, true, path);
		}
		return new ProofPlan(path);
	}

	private static void subproof(long m, long start, long n, boolean whole, List<List<Subtree>> path) {
		if (m == n) {
			if (!whole) {
				path.add(MerkleTree.decompose(start, start + n));
			}
			return;
		}
		long k = MerkleTree.split(n);
		if (m <= k) {
			subproof(m, start, k, whole, path);
			path.add(MerkleTree.decompose(start + k, start + n));
		}
		else {
			subproof(m - k, start + k, n - k, false, path);
			path.add(MerkleTree.decompose(start, start + k));
		}
	}

	/** Whether {@code path} proves that the tree {@code (to, secondRoot)} extends {@code (from, firstRoot)}. */
	public static boolean verify(long from, long to, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
		if (from < 0 || from > to) {
			return false;
		}
		if (from == 0 || from == to) {
			return path.isEmpty() && (from == 0 || MessageDigest.isEqual(firstRoot, secondRoot));
		}
		return verifyBetween(from, to, firstRoot, secondRoot, path);
	}

	/** §2.1.4.2, steps 1 to 7. */
	private static boolean verifyBetween(long from, long to, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(from) == 1) {
			path.add(0, firstRoot);
		}
		long fn = from - 1;
		long sn = to - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = MerkleTree.nodeHash(c, fr);
				sr = MerkleTree.nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = MerkleTree.nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot) && sn == 0;
	}

}
