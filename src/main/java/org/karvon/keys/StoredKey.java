package org.karvon.keys;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code wrapped_key}: the private part only wrapped ({@link KeyWrap}), the public part (if the key
 * has one) in the clear.
 *
 * @param retiredAt when it stopped signing (null while active)
 * @param revokedAt when it was withdrawn (null unless {@link KeyState#REVOKED})
 */
public record StoredKey(KeyPurpose purpose, String kid, byte[] wrapped, byte[] publicKey, KeyState state,
		Instant createdAt, Instant retiredAt, Instant revokedAt) {

	public StoredKey {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(kid, "kid");
		Objects.requireNonNull(wrapped, "wrapped");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(createdAt, "createdAt");
	}

	/** A new active key. */
	public static StoredKey active(KeyPurpose purpose, String kid, byte[] wrapped, byte[] publicKey, Instant createdAt) {
		return new StoredKey(purpose, kid, wrapped, publicKey, KeyState.ACTIVE, createdAt, null, null);
	}

	@Override
	public String toString() {
		return "StoredKey[" + purpose.label() + " " + kid + " " + state + "]";
	}

}
