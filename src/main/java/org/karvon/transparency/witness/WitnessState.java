package org.karvon.transparency.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.KeyType;
import org.karvon.transparency.Note;
import org.karvon.transparency.SignerKey;

/**
 * A witness's state directory: {@code witness.key} (its private key, made on first start and kept) and
 * {@code checkpoints/<hex SHA-256 of the origin>}, the last signed checkpoint it cosigned per log. Every
 * file is written to a temporary file, forced to disk and renamed over the old one, so a crash leaves the
 * old state or the new, never half of one.
 */
public final class WitnessState {

	private final Path directory;

	public WitnessState(Path directory) {
		this.directory = directory;
	}

	public SignerKey keyOrGenerate(String name) {
		Path file = directory.resolve("witness.key");
		try {
			if (Files.exists(file)) {
				return SignerKey.parse(Files.readString(file));
			}
			SignerKey key = SignerKey.generate(name, KeyType.COSIGNATURE_V1);
			write(file, key.encode() + "\n");
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Checkpoint> latest(String origin) {
		Path file = checkpointFile(origin);
		try {
			return Files.exists(file) ? Optional.of(Checkpoint.parse(Note.parse(Files.readString(file)).text())) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void save(String origin, String note) {
		try {
			write(checkpointFile(origin), note);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path checkpointFile(String origin) {
		return directory.resolve("checkpoints").resolve(HexFormat.of().formatHex(sha256(origin)));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		try (FileChannel parent = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
			parent.force(true); // the rename itself survives a power cut
		}
	}

}
