package org.karvon.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A second implementation, written plainly from the recursive definitions of RFC 6962 §2.1 (MTH, PATH,
 * SUBPROOF) over the entries themselves, with its own SHA-256 calls: nothing shared with the code under test.
 */
final class ReferenceTree {

	private final List<byte[]> entries;

	ReferenceTree(List<byte[]> entries) {
		this.entries = entries;
	}

	byte[] mth(int from, int to) {
		int n = to - from;
		if (n == 0) {
			return sha(new byte[0]);
		}
		if (n == 1) {
			return sha(concat(new byte[] { 0 }, entries.get(from)));
		}
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return sha(concat(new byte[] { 1 }, concat(mth(from, from + k), mth(from + k, to))));
	}

	List<byte[]> path(int m, int from, int to) {
		int n = to - from;
		List<byte[]> result = new ArrayList<>();
		if (n <= 1) {
			return result;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m < k) {
			result.addAll(path(m, from, from + k));
			result.add(mth(from + k, to));
		}
		else {
			result.addAll(path(m - k, from + k, to));
			result.add(mth(from, from + k));
		}
		return result;
	}

	List<byte[]> proof(int m, int n) {
		return subproof(m, 0, n, true);
	}

	private List<byte[]> subproof(int m, int from, int to, boolean b) {
		int n = to - from;
		List<byte[]> result = new ArrayList<>();
		if (m == n) {
			if (!b) {
				result.add(mth(from, to));
			}
			return result;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			result.addAll(subproof(m, from, from + k, b));
			result.add(mth(from + k, to));
		}
		else {
			result.addAll(subproof(m - k, from + k, to, false));
			result.add(mth(from, from + k));
		}
		return result;
	}

	private static int largestPowerOfTwoBelow(int n) {
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return k;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static byte[] sha(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
