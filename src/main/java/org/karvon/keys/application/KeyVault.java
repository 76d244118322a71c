package org.karvon.keys.application;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.KeyWrap;
import org.karvon.keys.MasterKey;
import org.karvon.keys.StoredKey;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Wraps and unwraps the private keys of every purpose with the master key. At start it opens every stored
 * key once: a missing or wrong master key stops start-up with a message, rather than letting Karvon replace
 * keys it cannot open (which would invalidate every printed code and every session).
 */
@Service
public class KeyVault {

	private static final Logger log = LoggerFactory.getLogger(KeyVault.class);

	private final Map<KeyPurpose, KeyWrap> wraps = new EnumMap<>(KeyPurpose.class);

	private final WrappedKeyStore store;

	KeyVault(MasterKeyFile file, WrappedKeyStore store) {
		this.store = store;
		List<StoredKey> stored = store.all().collectList().block();
		MasterKey master = file.load(stored.isEmpty());
		for (KeyPurpose purpose : KeyPurpose.values()) {
			wraps.put(purpose, master.wrapFor(purpose));
		}
		for (StoredKey key : stored) {
			try {
				unwrap(key);
			}
			catch (KeyWrap.UnwrapFailed ex) {
				throw new IllegalStateException("The master key file " + file.path() + " does not open the private keys "
						+ "stored in the database (" + ex.getMessage() + "). Is KARVON_MASTER_KEY_FILE the file these keys "
						+ "were wrapped with? Karvon does not start with a wrong master key.", ex);
			}
		}
		log.info("Master key {} opens all {} stored private keys", file.path(), stored.size());
	}

	/** A new active row for the purpose: {@code secret} wrapped, {@code publicKey} (may be null) in the clear. */
	public StoredKey seal(KeyPurpose purpose, String kid, byte[] secret, byte[] publicKey, Instant createdAt) {
		return StoredKey.active(purpose, kid, wraps.get(purpose).wrap(kid, secret), publicKey, createdAt);
	}

	/**
	 * The one active key of a purpose that has only one (the log's checkpoint key, the evidence key): made
	 * by {@code fresh} on whichever instance asks first, unwrapped and turned into a key by {@code read},
	 * then kept for good; a failed load is tried again by the next subscriber. Off the event loop: a new
	 * key reads the system's random source, unwrapping is AES-GCM.
	 */
	public <T> Mono<T> soleActiveKey(KeyPurpose purpose, Supplier<StoredKey> fresh, Function<byte[], T> read) {
		return Mono.defer(() -> store.ensureActive(purpose, fresh)
			.then(store.of(purpose).filter((row) -> row.state() == KeyState.ACTIVE).next())
			.map((row) -> read.apply(unwrap(row))))
			.subscribeOn(Schedulers.boundedElastic())
			.cache((key) -> Duration.ofDays(36500), (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/** The private key of a stored row. */
	public byte[] unwrap(StoredKey key) {
		return wraps.get(key.purpose()).unwrap(key.kid(), key.wrapped());
	}

}
