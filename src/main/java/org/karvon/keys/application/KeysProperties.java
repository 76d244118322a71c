package org.karvon.keys.application;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the master key is.
 *
 * @param masterKeyFile {@code KARVON_MASTER_KEY_FILE}; empty: {@code defaultMasterKeyFile}
 * @param defaultMasterKeyFile {@code $KARVON_DATA_DIR/master.key}, next to the embedded database's data directory,
 *        generated on first start when the database holds no wrapped key yet
 * @param refreshInterval how often every instance re-reads the keys (rotation and revocation reach it this fast)
 */
@ConfigurationProperties("karvon.keys")
public record KeysProperties(Path masterKeyFile, @DefaultValue("data/master.key") Path defaultMasterKeyFile,
		@DefaultValue("2s") java.time.Duration refreshInterval) {

	/** The file used: the configured one, else the default. */
	public Path file() {
		return (masterKeyFile != null && !masterKeyFile.toString().isBlank()) ? masterKeyFile : defaultMasterKeyFile;
	}

	public boolean configured() {
		return masterKeyFile != null && !masterKeyFile.toString().isBlank();
	}

}
