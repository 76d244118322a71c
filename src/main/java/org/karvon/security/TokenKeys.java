package org.karvon.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.StoredKey;
import org.karvon.keys.application.KeyVault;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;

/**
 * The HMAC keys of the access tokens, shared by every instance through {@code wrapped_key} (wrapped by the
 * master key). The active key signs; a key retired by rotation is still accepted for one token lifetime, so
 * nobody is logged out, and then dropped. Every instance re-reads the keys every refresh interval (2 s).
 */
public class TokenKeys implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

	private static final DateTimeFormatter KID_MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WrappedKeyStore store;

	private final KeyVault vault;

	private final Clock clock;

	private final Duration lifetime;

	private final AtomicReference<List<TokenKey>> keys = new AtomicReference<>(List.of());

	private final Disposable refresh;

	TokenKeys(WrappedKeyStore store, KeyVault vault, Clock clock, Duration lifetime, Duration refreshInterval) {
		this.store = store;
		this.vault = vault;
		this.clock = clock;
		this.lifetime = lifetime;
		store.ensureActive(KeyPurpose.ACCESS_TOKEN_HMAC, () -> fresh(clock.instant())).then(reload()).block();
		this.refresh = Flux.interval(refreshInterval)
			.onBackpressureDrop()
			.concatMap((tick) -> reload().onErrorResume((ex) -> {
				log.warn("Cannot re-read the access-token keys: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	/** Keys that never change and come from no database (slice tests). */
	TokenKeys(List<TokenKey> fixed, Clock clock, Duration lifetime) {
		this.store = null;
		this.vault = null;
		this.clock = clock;
		this.lifetime = lifetime;
		this.keys.set(List.copyOf(fixed));
		this.refresh = () -> { };
	}

	/** The key that signs new tokens. */
	public TokenKey current() {
		return keys.get().stream().filter(TokenKey::active).findFirst()
			.orElseThrow(() -> new IllegalStateException("no active access-token key"));
	}

	/** The key a token names, if it is still accepted: the active one, or one retired less than a token lifetime ago. */
	Optional<TokenKey> accepted(String kid) {
		Instant now = clock.instant();
		return keys.get().stream().filter((key) -> key.kid().equals(kid) && key.acceptedAt(now, lifetime)).findFirst();
	}

	/** Every key still accepted (for tokens issued before keys had ids). */
	List<TokenKey> accepted() {
		Instant now = clock.instant();
		return keys.get().stream().filter((key) -> key.acceptedAt(now, lifetime)).toList();
	}

	/** A new key signs from now on; the old one is accepted for one more token lifetime. */
	public Mono<TokenKey> rotate() {
		Instant now = clock.instant();
		StoredKey fresh = fresh(now);
		return store.rotate(fresh, now)
			.then(store.dropRetiredBefore(KeyPurpose.ACCESS_TOKEN_HMAC, now.minus(lifetime).minus(lifetime)))
			.then(reload())
			.then(Mono.fromSupplier(this::current));
	}

	private Mono<Void> reload() {
		return store.of(KeyPurpose.ACCESS_TOKEN_HMAC).collectList().doOnNext((rows) -> {
			Map<String, TokenKey> previous = new LinkedHashMap<>();
			keys.get().forEach((key) -> previous.put(key.kid() + key.state() + key.retiredAt(), key));
			keys.set(rows.stream().filter((row) -> row.state() != KeyState.REVOKED)
				.map((row) -> Optional.ofNullable(previous.get(row.kid() + row.state() + row.retiredAt()))
					.orElseGet(() -> new TokenKey(row.kid(), new SecretKeySpec(vault.unwrap(row), "HmacSHA256"), row.state(),
							row.createdAt(), row.retiredAt())))
				.toList());
		}).then();
	}

	private StoredKey fresh(Instant now) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		byte[] suffix = new byte[2];
		RANDOM.nextBytes(suffix);
		String kid = "t-" + KID_MONTH.format(now) + "-" + HexFormat.of().formatHex(suffix);
		return vault.seal(KeyPurpose.ACCESS_TOKEN_HMAC, kid, secret, null, now);
	}

	@Override
	public void destroy() {
		refresh.dispose();
	}

	/** One HMAC key. */
	public record TokenKey(String kid, SecretKey key, KeyState state, Instant createdAt, Instant retiredAt) {

		public boolean active() {
			return state == KeyState.ACTIVE;
		}

		boolean acceptedAt(Instant now, Duration lifetime) {
			return active() || (state == KeyState.RETIRED && retiredAt != null && retiredAt.plus(lifetime).isAfter(now));
		}

		@Override
		public String toString() {
			return "TokenKey[" + kid + " " + state + "]";
		}

	}

}
