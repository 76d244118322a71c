package org.karvon.signing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.karvon.keys.application.KeysProperties;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.QrTokenVerifier;
import org.karvon.signing.SigningKey;
import org.karvon.signing.SigningKeys;
import org.karvon.signing.Verification;
import org.karvon.signing.persistence.SigningKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The key ring this instance signs and verifies with. Loaded at start (a first key is generated when there
 * is none) and re-read from the database every {@code karvon.keys.refresh-interval} (2 s), so a key rotated
 * or revoked on another instance stops signing (and a revoked one stops verifying) here within seconds.
 */
@Service
public class TrustedKeys implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TrustedKeys.class);

	private final SigningKeyStore store;

	private final Clock clock;

	private final AtomicReference<Loaded> loaded = new AtomicReference<>();

	private final Disposable refresh;

	TrustedKeys(SigningKeyStore store, Clock clock, KeysProperties properties) {
		this.store = store;
		this.clock = clock;
		store.ensureActive(clock.instant()).then(reload()).block();
		log.info("QR signing key {} signs", ring().current().kid());
		this.refresh = Flux.interval(properties.refreshInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> refreshIfChanged().onErrorResume((ex) -> {
				log.warn("Cannot re-read the QR signing keys: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
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

	/** Whether any key was ever revoked: only then can a token the server issued itself scan REVOKED. */
	public boolean anyRevoked() {
		return !ring().revokedKids().isEmpty();
	}

	public Mono<Verification> verify(String token) {
		return Mono.just(verifier().verify(token));
	}

	/** Generates a new signing key; older keys stop signing but keep verifying. */
	public Mono<SigningKey> rotate() {
		Instant now = clock.instant();
		SigningKey key = SigningKeys.generate(SigningKeys.newKid(now), now);
		return store.rotate(key, now).then(reload()).thenReturn(key);
	}

	/**
	 * Revokes {@code kid}: it stops verifying (its codes scan REVOKED) and leaves the JWKS. When it is the key
	 * that signs, a new key takes over in the same transaction, so the service is never without one. Empty when
	 * there is no such key.
	 */
	public Mono<Revocation> revoke(String kid) {
		Instant now = clock.instant();
		SigningKey replacement = SigningKeys.generate(SigningKeys.newKid(now), now);
		return store.revoke(kid, replacement, now)
			.flatMap((revokedAt) -> reload().map((ring) -> new Revocation(kid, revokedAt, ring.current().kid())));
	}

	/** A revoked key, and the key that signs now. */
	public record Revocation(String kid, Instant revokedAt, String activeKid) {
	}

	private Mono<Void> refreshIfChanged() {
		return store.fingerprint().flatMap((now) -> now.equals(loaded.get().fingerprint()) ? Mono.empty() : reload().then());
	}

	private Mono<KeyRing> reload() {
		return store.fingerprint().zipWith(store.ring()).flatMap((read) -> {
			if (read.getT2().isEmpty()) {
				return Mono.justOrEmpty(loaded.get()).map(Loaded::ring);
			}
			KeyRing ring = read.getT2().get();
			loaded.set(new Loaded(ring, read.getT1()));
			return Mono.just(ring);
		});
	}

	@Override
	public void destroy() {
		refresh.dispose();
	}

	private record Loaded(KeyRing ring, String fingerprint, QrTokenSigner signer, QrTokenVerifier verifier) {

		Loaded(KeyRing ring, String fingerprint) {
			this(ring, fingerprint, new QrTokenSigner(ring), new QrTokenVerifier(ring));
		}

	}

}
