package org.karvon.keys.application;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.karvon.keys.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the master key file, or creates it (32 random bytes in base64, mode 600) when it is missing and
 * creating it is allowed. Creation is atomic: the key is written to a temporary file and hard-linked into
 * place, so two instances starting at once end up with the same key.
 */
public final class MasterKeyFile {

	private static final Logger log = LoggerFactory.getLogger(MasterKeyFile.class);

	private final Path file;

	private final boolean configured;

	public MasterKeyFile(KeysProperties properties) {
		this.file = properties.file().toAbsolutePath();
		this.configured = properties.configured();
	}

	public Path path() {
		return file;
	}

	/**
	 * The master key. A missing file is created only if {@code mayCreate} (the database holds no wrapped key);
	 * otherwise start-up stops here with a message naming the file.
	 */
	public MasterKey load(boolean mayCreate) {
		try {
			if (Files.exists(file)) {
				return MasterKey.parse(Files.readAllBytes(file));
			}
			if (!mayCreate) {
				throw new IllegalStateException("The database holds wrapped private keys but the master key file " + file
						+ " does not exist. Set KARVON_MASTER_KEY_FILE to the file those keys were wrapped with; "
						+ "Karvon does not start without it.");
			}
			return create();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the master key file " + file + ": " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The master key file " + file + " is not a master key: " + ex.getMessage(), ex);
		}
	}

	private MasterKey create() throws IOException {
		byte[] key = new byte[MasterKey.BYTES];
		new SecureRandom().nextBytes(key);
		Path dir = file.getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, ".master", ".key");
		try {
			restrict(temp);
			Files.write(temp, MasterKey.encode(key));
			Files.createLink(file, temp);
			log.warn("Generated a new master key in {} (mode 600). Back it up apart from the database: without it "
					+ "the stored private keys cannot be opened.{}", file,
					configured ? "" : " Set KARVON_MASTER_KEY_FILE in production.");
		}
		catch (FileAlreadyExistsException raced) {
			return MasterKey.parse(Files.readAllBytes(file));
		}
		finally {
			Files.deleteIfExists(temp);
		}
		return MasterKey.parse(Files.readAllBytes(file));
	}

	private static void restrict(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			path.toFile().setReadable(false, false);
			path.toFile().setReadable(true, true);
		}
	}

}
