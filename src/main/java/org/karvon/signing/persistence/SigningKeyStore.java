package org.karvon.signing.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.StoredKey;
import org.karvon.keys.application.KeyVault;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.karvon.signing.KeyRing;
import org.karvon.signing.SigningKey;
import org.karvon.signing.SigningKeys;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

/**
 * The QR signing keys every instance shares: rows of {@code wrapped_key} with purpose {@code qr-signing}, the
 * Ed25519 seed only wrapped by the master key (see {@link KeyVault}), the public key in the clear.
 */
@Repository
public class SigningKeyStore {

	private static final KeyPurpose PURPOSE = KeyPurpose.QR_SIGNING;

	private final WrappedKeyStore store;

	private final KeyVault vault;

	SigningKeyStore(WrappedKeyStore store, KeyVault vault) {
		this.store = store;
		this.vault = vault;
	}

	/** The ring as stored; empty when there is no active key. */
	public Mono<Optional<KeyRing>> ring() {
		return store.of(PURPOSE).collectList().map((rows) -> {
			List<SigningKey> live = new ArrayList<>();
			List<KeyRing.Revoked> revoked = new ArrayList<>();
			for (StoredKey row : rows) {
				SigningKey key = open(row);
				if (row.state() == KeyState.REVOKED) {
					revoked.add(new KeyRing.Revoked(key, row.revokedAt()));
				}
				else {
					live.add(key);
				}
			}
			return live.stream().anyMatch(SigningKey::active) ? Optional.of(KeyRing.of(live, revoked)) : Optional.empty();
		});
	}

	/** A cheap summary of the stored keys and their states: the ring is re-read only when it changes. */
	public Mono<String> fingerprint() {
		return store.of(PURPOSE).map((row) -> row.kid() + ":" + row.state()).collectList().map(String::valueOf);
	}

	/** Adds a first key unless there is an active one. */
	public Mono<Void> ensureActive(Instant now) {
		return store.ensureActive(PURPOSE, () -> seal(SigningKeys.generate(SigningKeys.newKid(now), now)));
	}

	/** Makes {@code key} the one that signs; older keys keep verifying. */
	public Mono<Void> rotate(SigningKey key, Instant now) {
		return store.rotate(seal(key), now);
	}

	/**
	 * Revokes {@code kid}; when it is the active key, {@code replacement} becomes active in the same transaction.
	 * Empty when there is no such key.
	 */
	public Mono<Instant> revoke(String kid, SigningKey replacement, Instant now) {
		return store.revoke(PURPOSE, kid, now, () -> seal(replacement)).map(StoredKey::revokedAt);
	}

	private StoredKey seal(SigningKey key) {
		return vault.seal(PURPOSE, key.kid(), key.keyPair().getDecodedD(), key.keyPair().getDecodedX(), key.createdAt());
	}

	private SigningKey open(StoredKey row) {
		OctetKeyPair pair = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(row.publicKey()))
			.d(Base64URL.encode(vault.unwrap(row)))
			.keyID(row.kid())
			.algorithm(JWSAlgorithm.EdDSA)
			.keyUse(KeyUse.SIGNATURE)
			.issueTime(java.util.Date.from(row.createdAt()))
			.build();
		return new SigningKey(row.kid(), pair, row.createdAt(), row.state() == KeyState.ACTIVE);
	}

}
