package org.karvon.transparency.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;

import org.karvon.keys.KeyPurpose;
import org.karvon.keys.StoredKey;
import org.karvon.keys.application.KeyVault;
import org.karvon.transparency.KeyType;
import org.karvon.transparency.SignerKey;
import org.karvon.transparency.VerifierKey;
import reactor.core.publisher.Mono;

/**
 * The one place the log's checkpoint key comes from, kept across restarts and shared by every instance: a
 * {@code wrapped_key} row of purpose {@code log-signing} (kid = the note key id in hex) holding the encoded
 * {@link SignerKey} only wrapped by the master key. Generated once, by whichever instance asks first, with
 * the log's origin as its name; then cached.
 */
public class LogKey {

	private final KeyVault vault;

	private final Clock clock;

	private final Mono<SignerKey> signer;

	public LogKey(KeyVault vault, Clock clock, String origin) {
		this.vault = vault;
		this.clock = clock;
		this.signer = vault.soleActiveKey(KeyPurpose.LOG_SIGNING, () -> seal(SignerKey.generate(origin, KeyType.ED25519)),
				(secret) -> SignerKey.parse(new String(secret, StandardCharsets.US_ASCII)));
	}

	public Mono<SignerKey> signer() {
		return signer;
	}

	public Mono<VerifierKey> verifier() {
		return signer.map(SignerKey::verifierKey);
	}

	private StoredKey seal(SignerKey key) {
		String kid = HexFormat.of().toHexDigits(key.verifierKey().keyId());
		return vault.seal(KeyPurpose.LOG_SIGNING, kid, key.encode().getBytes(StandardCharsets.US_ASCII),
				key.verifierKey().publicKey(), clock.instant());
	}

}
