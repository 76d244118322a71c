package org.karvon.signing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * The signing keys in use: the newest active key signs, every key in the ring verifies. Immutable;
 * rotation builds a new ring (add a key, later mark the old one inactive, much later remove it once
 * the tokens it signed no longer matter).
 */
public final class KeyRing {

	private final Map<String, SigningKey> byKid;

	private final SigningKey current;

	private final Map<String, Revoked> revoked;

	private KeyRing(Collection<SigningKey> keys) {
		this(keys, List.of());
	}

	private KeyRing(Collection<SigningKey> keys, Collection<Revoked> revokedKeys) {
		Map<String, SigningKey> map = new LinkedHashMap<>();
		for (SigningKey key : keys) {
			if (map.putIfAbsent(key.kid(), key) != null) {
				throw new IllegalArgumentException("Duplicate kid " + key.kid());
			}
		}
		this.byKid = Map.copyOf(map);
		Map<String, Revoked> withdrawn = new LinkedHashMap<>();
		for (Revoked key : revokedKeys) {
			if (map.containsKey(key.key().kid()) || withdrawn.putIfAbsent(key.key().kid(), key) != null) {
				throw new IllegalArgumentException("Duplicate kid " + key.key().kid());
			}
		}
		this.revoked = Map.copyOf(withdrawn);
		this.current = keys.stream()
				.filter(SigningKey::active)
				.max(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::kid))
				.orElseThrow(() -> new IllegalArgumentException("A key ring needs at least one active key"));
	}

	public static KeyRing of(SigningKey... keys) {
		return new KeyRing(List.of(keys));
	}

	public static KeyRing of(Collection<SigningKey> keys) {
		return new KeyRing(List.copyOf(keys));
	}

	/** A ring of live keys and keys revoked since: those no longer verify, but their signatures are recognised. */
	public static KeyRing of(Collection<SigningKey> keys, Collection<Revoked> revoked) {
		return new KeyRing(List.copyOf(keys), List.copyOf(revoked));
	}

	/** The revoked keys, oldest revocation first. */
	public List<Revoked> revoked() {
		return this.revoked.values().stream().sorted(Comparator.comparing(Revoked::revokedAt)
			.thenComparing((r) -> r.key().kid())).toList();
	}

	public java.util.Set<String> revokedKids() {
		return this.revoked.keySet();
	}

	/** Every key whose signatures are recognised: the live ones and the revoked ones. */
	public List<SigningKey> keysAndRevoked() {
		List<SigningKey> all = new ArrayList<>(this.byKid.values());
		this.revoked.values().forEach((r) -> all.add(r.key()));
		return all;
	}

	/** The key that signs new tokens: the newest active one. */
	public SigningKey current() {
		return this.current;
	}

	/** The key with this kid, active or not, for verification. */
	public Optional<SigningKey> find(String kid) {
		return (kid != null) ? Optional.ofNullable(this.byKid.get(kid)) : Optional.empty();
	}

	public Collection<SigningKey> keys() {
		return this.byKid.values();
	}

	/** A new ring with this key added. */
	public KeyRing with(SigningKey key) {
		List<SigningKey> keys = new ArrayList<>(this.byKid.values());
		keys.add(key);
		return new KeyRing(keys, this.revoked.values());
	}

	/** The JWKS (RFC 7517) JSON with the public part of every key, newest first. */
	public String publicJwks() {
		List<JWK> jwks = this.byKid.values().stream()
				.sorted(Comparator.comparing(SigningKey::createdAt).reversed().thenComparing(SigningKey::kid))
				.<JWK>map(SigningKey::publicJwk)
				.toList();
		return new JWKSet(jwks).toString(true);
	}

	/**
	 * The published revocations: {@code {"revoked":[{"kid","revokedAt",…public JWK}]}}, so an offline verifier can
	 * tell a genuine code signed by a withdrawn key (REVOKED) from a forgery.
	 */
	public List<Map<String, Object>> revocations() {
		return revoked().stream().map((r) -> {
			Map<String, Object> entry = new LinkedHashMap<>(r.key().publicJwk().toJSONObject());
			entry.put("revokedAt", r.revokedAt().toString());
			return entry;
		}).toList();
	}

	/** A key withdrawn at {@code revokedAt}. */
	public record Revoked(SigningKey key, java.time.Instant revokedAt) {
	}

}
