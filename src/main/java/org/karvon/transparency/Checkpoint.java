package org.karvon.transparency;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: the text of a signed note, {@code <origin>\n<tree size>\n<base64 root hash>\n}
 * optionally followed by extension lines. The origin is a non-empty line identifying the log (Karvon uses
 * its log key's name); the size is ASCII decimal without leading zeros; the root is the RFC 9162 tree head,
 * 32 bytes in standard padded base64; extension lines are non-empty. Karvon writes none, and keeps those it
 * reads (a cosignature covers the whole text).
 */
public record Checkpoint(String origin, long size, byte[] root, List<String> extensions) {

	public Checkpoint {
		if (origin.isEmpty() || origin.contains("\n") || size < 0 || root.length != MerkleTree.HASH_BYTES) {
			throw new IllegalArgumentException("a checkpoint has an origin, a size and a 32-byte root hash");
		}
		if (extensions.stream().anyMatch((line) -> line.isEmpty() || line.contains("\n"))) {
			throw new IllegalArgumentException("extension lines are non-empty");
		}
		root = root.clone();
		extensions = List.copyOf(extensions);
	}

	public Checkpoint(String origin, long size, byte[] root) {
		this(origin, size, root, List.of());
	}

	public static Checkpoint parse(String text) {
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("a checkpoint ends in a newline");
		}
		List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
		if (lines.size() < 3) {
			throw new IllegalArgumentException("a checkpoint has an origin line, a size line and a root hash line");
		}
		return new Checkpoint(lines.get(0), Notes.decimal(lines.get(1)), Notes.base64(lines.get(2)),
				lines.subList(3, lines.size()));
	}

	public String text() {
		StringBuilder text = new StringBuilder(origin).append('\n').append(size).append('\n')
			.append(Base64.getEncoder().encodeToString(root)).append('\n');
		extensions.forEach((line) -> text.append(line).append('\n'));
		return text.toString();
	}

	@Override
	public byte[] root() {
		return root.clone();
	}

}
