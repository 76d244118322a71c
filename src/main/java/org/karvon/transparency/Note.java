package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP signed note: the text (one or more lines, each ending in a newline), an empty line, then one or
 * more {@link NoteSignature signature lines}. {@link #parse} is strict: the note is valid UTF-8 (the caller
 * decodes it so), has no control character but the newline, ends in a newline, and its last empty line
 * separates text and signatures; every signature line is {@code "— <key name> <base64>"} with at least the
 * 4-byte key id in it, and there are at most 100 of them. Anything else is malformed.
 * <p>
 * A verifier looks only at lines whose key name and key id match a key it knows and ignores the rest
 * (signatures of unknown keys are not an error); a matching line whose signature does not verify makes the
 * note {@linkplain #isSignedBy not signed} by that key.
 */
public record Note(String text, List<NoteSignature> signatures) {

	static final int MAX_SIGNATURES = 100;

	public Note {
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("note text ends in a newline");
		}
		signatures = List.copyOf(signatures);
	}

	public static Note parse(String note) {
		if (note.chars().anyMatch((c) -> (c < 0x20 && c != '\n') || c == 0x7F)) {
			throw new IllegalArgumentException("a note has no control characters but newlines");
		}
		int split = note.lastIndexOf("\n\n");
		if (!note.endsWith("\n") || split < 0 || split + 2 == note.length()) {
			throw new IllegalArgumentException("a note is text, an empty line and signature lines, each ending in a newline");
		}
		String[] lines = note.substring(split + 2).split("\n");
		if (lines.length > MAX_SIGNATURES) {
			throw new IllegalArgumentException("a note has at most " + MAX_SIGNATURES + " signatures");
		}
		List<NoteSignature> signatures = new ArrayList<>();
		for (String line : lines) {
			signatures.add(signature(line));
		}
		return new Note(note.substring(0, split + 1), signatures);
	}

	private static NoteSignature signature(String line) {
		String prefix = Notes.DASH + " ";
		int space = line.indexOf(' ', prefix.length());
		if (!line.startsWith(prefix) || space < 0 || line.indexOf(' ', space + 1) >= 0) {
			throw new IllegalArgumentException("a signature line is '— <name> <base64>': " + Notes.abbreviate(line));
		}
		byte[] bytes = Notes.base64(line.substring(space + 1));
		if (bytes.length < 5) {
			throw new IllegalArgumentException("a signature holds a 4-byte key id and a signature");
		}
		int keyId = ByteBuffer.wrap(bytes, 0, 4).getInt();
		return new NoteSignature(line.substring(prefix.length(), space), keyId, Arrays.copyOfRange(bytes, 4, bytes.length));
	}

	/** Whether {@code key} signed this note: it has a line of that key, and every line of that key verifies. */
	public boolean isSignedBy(VerifierKey key) {
		List<NoteSignature> own = signatures.stream()
			.filter((signature) -> signature.name().equals(key.name()) && signature.keyId() == key.keyId())
			.toList();
		return !own.isEmpty() && own.stream().allMatch((signature) -> key.verifies(text, signature));
	}

	public Note with(NoteSignature signature) {
		List<NoteSignature> all = new ArrayList<>(signatures);
		all.add(signature);
		return new Note(text, all);
	}

	public String format() {
		StringBuilder note = new StringBuilder(text).append('\n');
		signatures.forEach((signature) -> note.append(signature.line()));
		return note.toString();
	}

}
