package org.karvon.signing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.karvon.signing.DocumentSigner;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.QrTokenVerifier;
import org.karvon.signing.SigningKey;
import org.karvon.signing.SigningKeys;
import org.karvon.signing.Verification;
import org.karvon.signing.persistence.SigningKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The key ring this instance signs and verifies with. Loaded at start (a first key is generated
 * when there is none); re-read when a token names an unknown key, at most every few seconds, so a
 * key rotated on another instance is picked up without a restart.
 */
@Service
public class TrustedKeys {

	private static final Logger log = LoggerFactory.getLogger(TrustedKeys.class);

	private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(10);

	private final SigningKeyStore store;

	private final Clock clock;

	private final AtomicReference<Loaded> loaded = new AtomicReference<>();

	TrustedKeys(SigningKeyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		List<SigningKey> keys = store.all().collectList().block();
		if (keys.stream().noneMatch(SigningKey::active)) {
			SigningKey first = SigningKeys.generate(SigningKeys.newKid(clock.instant()), clock.instant());
			store.add(first).block();
			log.info("Generated QR signing key {}", first.kid());
			keys = store.all().collectList().block();
		}
		loaded.set(new Loaded(KeyRing.of(keys), clock.instant()));
	}

	public KeyRing ring() {
		return loaded.get().ring();
	}

	public QrTokenSigner signer() {
		return loaded.get().signer();
	}

	public QrTokenVerifier verifier() {
		return loaded.get().verifier();
	}

	public DocumentSigner documentSigner() {
		return new DocumentSigner(loaded.get().ring());
	}

	/** Verifies, re-reading the keys once if the token names a key this instance has not seen. */
	public Mono<Verification> verify(String token) {
		Verification first = verifier().verify(token);
		if (!(first instanceof Verification.UnknownKey) || !reloadDue()) {
			return Mono.just(first);
		}
		return reload().map((ring) -> verifier().verify(token));
	}

	/** Generates a new signing key; older keys stop signing but keep verifying. */
	public Mono<SigningKey> rotate() {
		Instant now = clock.instant();
		SigningKey key = SigningKeys.generate(SigningKeys.newKid(now), now);
		return store.add(key).then(store.retireAllBut(key.kid())).then(reload()).thenReturn(key);
	}

	private boolean reloadDue() {
		return loaded.get().at().plus(RELOAD_INTERVAL).isBefore(clock.instant());
	}

	private Mono<KeyRing> reload() {
		return store.all().collectList().map((keys) -> {
			KeyRing ring = KeyRing.of(keys);
			loaded.set(new Loaded(ring, clock.instant()));
			return ring;
		});
	}

	private record Loaded(KeyRing ring, Instant at, QrTokenSigner signer, QrTokenVerifier verifier) {

		Loaded(KeyRing ring, Instant at) {
			this(ring, at, new QrTokenSigner(ring), new QrTokenVerifier(ring));
		}

	}

}
