package org.karvon.transparency.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.StoredKey;
import org.karvon.keys.application.KeyVault;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.karvon.transparency.KeyType;
import org.karvon.transparency.SignerKey;
import org.karvon.transparency.VerifierKey;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place the log's checkpoint key comes from, kept across restarts and shared by every instance: a
 * {@code wrapped_key} row of purpose {@code log-signing} (kid = the note key id in hex) holding the encoded
 * {@link SignerKey} only wrapped by the master key. Generated once, by whichever instance asks first, with
 * the log's origin as its name; then cached.
 */
public class LogKey {

	private final WrappedKeyStore store;

	private final KeyVault vault;

	private final Clock clock;

	private final Mono<SignerKey> signer;

	public LogKey(WrappedKeyStore store, KeyVault vault, Clock clock, String origin) {
		this.store = store;
		this.vault = vault;
		this.clock = clock;
		// made off the event loop: a new key reads the system's random source, unwrapping is AES-GCM
		this.signer = Mono.defer(() -> load(origin))
			.subscribeOn(Schedulers.boundedElastic())
			.cache((key) -> Duration.ofDays(36500), (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	public Mono<SignerKey> signer() {
		return signer;
	}

	public Mono<VerifierKey> verifier() {
		return signer.map(SignerKey::verifierKey);
	}

	private Mono<SignerKey> load(String origin) {
		return store.ensureActive(KeyPurpose.LOG_SIGNING, () -> seal(SignerKey.generate(origin, KeyType.ED25519)))
			.then(store.of(KeyPurpose.LOG_SIGNING).filter((row) -> row.state() == KeyState.ACTIVE).next())
			.map((row) -> SignerKey.parse(new String(vault.unwrap(row), StandardCharsets.US_ASCII)));
	}

	private StoredKey seal(SignerKey key) {
		String kid = HexFormat.of().toHexDigits(key.verifierKey().keyId());
		return vault.seal(KeyPurpose.LOG_SIGNING, kid, key.encode().getBytes(StandardCharsets.US_ASCII),
				key.verifierKey().publicKey(), clock.instant());
	}

}
