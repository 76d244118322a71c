package org.karvon.transparency.witness;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The body of a C2SP tlog-witness {@code POST /add-checkpoint}: {@code "old <size>\n"}, up to 63 consistency
 * proof hashes one per line in standard base64, an empty line, then the signed checkpoint note.
 */
public record AddCheckpoint(long oldSize, List<byte[]> proof, String note) {

	static final int MAX_PROOF = 63;

	public AddCheckpoint {
		proof = List.copyOf(proof);
	}

	public static AddCheckpoint parse(String body) {
		int end = body.indexOf('\n');
		if (end < 0 || !body.startsWith("old ")) {
			throw new IllegalArgumentException("the body starts with 'old <size>'");
		}
		long old = decimal(body.substring(4, end));
		List<byte[]> proof = new ArrayList<>();
		int start = end + 1;
		while (true) {
			end = body.indexOf('\n', start);
			if (end < 0) {
				throw new IllegalArgumentException("the proof ends with an empty line before the checkpoint");
			}
			if (end == start) {
				break;
			}
			proof.add(hash(body.substring(start, end)));
			if (proof.size() > MAX_PROOF) {
				throw new IllegalArgumentException("a consistency proof has at most " + MAX_PROOF + " hashes");
			}
			start = end + 1;
		}
		return new AddCheckpoint(old, proof, body.substring(end + 1));
	}

	public String format() {
		StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
		proof.forEach((hash) -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
		return body.append('\n').append(note).toString();
	}

	private static long decimal(String text) {
		if (!text.matches("0|[1-9][0-9]{0,18}")) {
			throw new IllegalArgumentException("the old size is a decimal number");
		}
		return Long.parseLong(text);
	}

	private static byte[] hash(String line) {
		try {
			byte[] hash = Base64.getDecoder().decode(line);
			if (hash.length == 32 && Base64.getEncoder().encodeToString(hash).equals(line)) {
				return hash;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new IllegalArgumentException("a proof line is a 32-byte hash in padded base64");
	}

}
