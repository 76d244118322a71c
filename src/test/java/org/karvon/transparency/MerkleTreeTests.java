package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tree heads and proofs agree with the plain RFC 6962 definitions ({@link ReferenceTree}) everywhere up to 70 leaves. */
class MerkleTreeTests {

	static final int MAX = 70;

	static final List<byte[]> ENTRIES = IntStream.range(0, MAX).mapToObj(MerkleTreeTests::entry).toList();

	static final MemoryTree TREE = MemoryTree.of(ENTRIES);

	static final ReferenceTree REFERENCE = new ReferenceTree(ENTRIES);

	@Test
	void hasTheReferenceTreeHeadForEverySize() {
		for (int size = 0; size <= MAX; size++) {
			assertThat(TREE.root(size)).as("size %d", size).isEqualTo(REFERENCE.mth(0, size));
		}
	}

	@Test
	void givesTheReferenceInclusionProofForEveryLeafOfEverySizeAndItVerifies() {
		for (int size = 1; size <= MAX; size++) {
			for (int index = 0; index < size; index++) {
				List<byte[]> path = TREE.inclusion(index, size);
				assertThat(path).as("%d of %d", index, size).containsExactlyElementsOf(REFERENCE.path(index, 0, size));
				assertThat(InclusionProof.verify(index, size, leaf(index), path, TREE.root(size))).isTrue();
			}
		}
	}

	@Test
	void givesTheReferenceConsistencyProofForEveryPairOfSizesAndItVerifies() {
		for (int to = 1; to <= MAX; to++) {
			for (int from = 1; from < to; from++) {
				List<byte[]> path = TREE.consistency(from, to);
				assertThat(path).as("%d to %d", from, to).containsExactlyElementsOf(REFERENCE.proof(from, to));
				assertThat(ConsistencyProof.verify(from, to, TREE.root(from), TREE.root(to), path)).isTrue();
			}
		}
	}

	@Test
	void refusesEveryAlteredInclusionProof() {
		for (int size = 1; size <= 33; size++) {
			byte[] root = TREE.root(size);
			for (int index = 0; index < size; index++) {
				List<byte[]> path = TREE.inclusion(index, size);
				for (List<byte[]> altered : Alterations.of(path)) {
					assertThat(InclusionProof.verify(index, size, leaf(index), altered, root)).isFalse();
				}
				assertThat(InclusionProof.verify(index, size, leaf((index + 1) % MAX), path, root)).isFalse();
				assertThat(InclusionProof.verify(index, size + 1, leaf(index), path, TREE.root(size + 1))).isFalse();
				assertThat(InclusionProof.verify(index, size, leaf(index), path, TREE.root(size - 1))).isFalse();
			}
		}
	}

	@Test
	void refusesEveryAlteredConsistencyProofAndForkedRoots() {
		for (int to = 1; to <= 33; to++) {
			for (int from = 1; from < to; from++) {
				List<byte[]> path = TREE.consistency(from, to);
				for (List<byte[]> altered : Alterations.of(path)) {
					assertThat(ConsistencyProof.verify(from, to, TREE.root(from), TREE.root(to), altered)).isFalse();
				}
				assertThat(ConsistencyProof.verify(from, to, TREE.root(from - 1), TREE.root(to), path)).isFalse();
				assertThat(ConsistencyProof.verify(from, to, TREE.root(from), TREE.root(to - 1), path)).isFalse();
			}
		}
	}

	@Test
	void acceptsOnlyEmptyProofsFromZeroAndBetweenEqualSizes() {
		assertThat(ConsistencyProof.verify(0, 5, MerkleTree.emptyRoot(), TREE.root(5), List.of())).isTrue();
		assertThat(ConsistencyProof.verify(5, 5, TREE.root(5), TREE.root(5), List.of())).isTrue();
		assertThat(ConsistencyProof.verify(5, 5, TREE.root(5), TREE.root(4), List.of())).isFalse();
		assertThat(ConsistencyProof.verify(5, 5, TREE.root(5), TREE.root(5), List.of(TREE.root(5)))).isFalse();
		assertThat(ConsistencyProof.verify(6, 5, TREE.root(6), TREE.root(5), List.of())).isFalse();
	}

	@Test
	void readsLogarithmicallyManyStoredSubtreesPerProof() {
		long size = 1_000_000_007L;
		assertThat(InclusionProof.plan(123_456_789L, size).subtrees()).hasSizeLessThanOrEqualTo(2 * 30);
		assertThat(ConsistencyProof.plan(999_999_999L, size).subtrees()).hasSizeLessThanOrEqualTo(2 * 30);
		assertThat(TreeGrowth.frontier(size)).hasSize(Long.bitCount(size));
	}

	@Test
	void storesOneNodePerCompleteSubtree() {
		assertThat(MemoryTree.of(ENTRIES.subList(0, 64)).stored()).isEqualTo(127);
	}

	/** RFC 6962 test data as used by the Certificate Transparency implementations (transparency-dev/merkle). */
	@Test
	void matchesPublishedTreeHeadsForTheRfc6962TestLeaves() {
		List<byte[]> leaves = List.of(hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
				hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));
		List<String> roots = List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
				"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
				"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
				"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
				"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
				"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
				"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
		MemoryTree tree = MemoryTree.of(leaves);
		for (int size = 1; size <= 8; size++) {
			assertThat(HexFormat.of().formatHex(tree.root(size))).as("size %d", size).isEqualTo(roots.get(size - 1));
		}
		assertThat(HexFormat.of().formatHex(MerkleTree.emptyRoot()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	static byte[] entry(int i) {
		return MerkleTree.sha256(ByteBuffer.allocate(4).putInt(i).array());
	}

	static byte[] leaf(int i) {
		return MerkleTree.leafHash(ENTRIES.get(i));
	}

	static byte[] hex(String hex) {
		return HexFormat.of().parseHex(hex);
	}

	/** Every single-byte flip, every dropped element, an extra element, and the path reversed. */
	static final class Alterations {

		static List<List<byte[]>> of(List<byte[]> path) {
			List<List<byte[]>> all = new ArrayList<>();
			for (int i = 0; i < path.size(); i++) {
				List<byte[]> flipped = new ArrayList<>(path);
				byte[] element = path.get(i).clone();
				element[i % element.length] ^= 1;
				flipped.set(i, element);
				all.add(flipped);
				List<byte[]> dropped = new ArrayList<>(path);
				dropped.remove(i);
				all.add(dropped);
			}
			List<byte[]> longer = new ArrayList<>(path);
			longer.add(new byte[32]);
			all.add(longer);
			if (path.size() > 1 && !java.util.Arrays.equals(path.get(0), path.get(path.size() - 1))) {
				List<byte[]> reversed = new ArrayList<>(path);
				java.util.Collections.reverse(reversed);
				all.add(reversed);
			}
			return all;
		}

	}

}
