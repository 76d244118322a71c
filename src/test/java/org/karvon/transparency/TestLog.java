package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** A log for tests: entries in memory, checkpoints signed with its own key. */
public final class TestLog {

	private final SignerKey key;

	private final List<byte[]> entries = new ArrayList<>();

	private MemoryTree tree = MemoryTree.of(List.of());

	public TestLog(String origin) {
		this(SignerKey.generate(origin, KeyType.ED25519));
	}

	public TestLog(SignerKey key) {
		this.key = key;
	}

	/** Appends {@code count} entries, each the SHA-256 of {@code salt} and its index. */
	public TestLog grow(int count, int salt) {
		List<byte[]> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			added.add(MerkleTree.sha256(ByteBuffer.allocate(8).putInt(salt).putInt(entries.size() + i).array()));
		}
		entries.addAll(added);
		tree.append(added);
		return this;
	}

	/** The same key and the same first {@code size} entries, then its own history. */
	public TestLog fork(int size) {
		TestLog fork = new TestLog(key);
		fork.entries.addAll(entries.subList(0, size));
		fork.tree = MemoryTree.of(fork.entries);
		return fork;
	}

	public long size() {
		return entries.size();
	}

	public Checkpoint checkpoint(long size) {
		return new Checkpoint(key.name(), size, tree.root(size));
	}

	/** The signed checkpoint note at {@code size}. */
	public String note(long size) {
		String text = checkpoint(size).text();
		return new Note(text, List.of(key.sign(text))).format();
	}

	public List<byte[]> consistency(long from, long to) {
		return tree.consistency(from, to);
	}

	public SignerKey key() {
		return key;
	}

	public VerifierKey verifierKey() {
		return key.verifierKey();
	}

}
