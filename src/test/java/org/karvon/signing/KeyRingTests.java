package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.karvon.signing.Fixtures.key;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyRingTests {

	@Test
	void signsWithTheNewestActiveKey() {
		SigningKey old = key("k-2026-09-0001", "2026-09-01T00:00:00Z");
		SigningKey current = key("k-2026-10-0002", "2026-10-01T00:00:00Z");
		SigningKey retired = SigningKey.fromJson(key("k-2026-11-0003", "2026-11-01T00:00:00Z").toJson(), false);

		assertThat(KeyRing.of(old, current, retired).current()).isEqualTo(current);
	}

	@Test
	void findsEveryKeyByKidForVerification() {
		SigningKey retired = SigningKey.fromJson(key("k-2026-09-0001", "2026-09-01T00:00:00Z").toJson(), false);
		KeyRing ring = KeyRing.of(retired, key("k-2026-10-0002", "2026-10-01T00:00:00Z"));

		assertThat(ring.find("k-2026-09-0001")).contains(retired);
		assertThat(ring.find("k-2099-01-0000")).isEmpty();
		assertThat(ring.find(null)).isEmpty();
	}

	@Test
	void refusesARingWithoutAnActiveKeyOrWithDuplicateKids() {
		SigningKey retired = SigningKey.fromJson(key("k-2026-09-0001", "2026-09-01T00:00:00Z").toJson(), false);
		SigningKey twin = key("k-2026-09-0001", "2026-10-01T00:00:00Z");

		assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.of(retired));
		assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.of(retired, twin));
	}

	@Test
	void restoresKeysFromTheirStoredJsonSoOldTokensStillVerify() {
		SigningKey key = key("k-2026-11-a1b2", "2026-11-01T12:00:00Z");
		String token = new QrTokenSigner(KeyRing.of(key)).sign(Fixtures.exampleClaims());
		String stored = key.toJson();

		SigningKey restored = SigningKey.fromJson(stored, true);

		assertThat(stored).contains("\"d\"").contains("\"kid\":\"k-2026-11-a1b2\"");
		assertThat(restored.kid()).isEqualTo(key.kid());
		assertThat(restored.createdAt()).isEqualTo(key.createdAt());
		assertThat(restored.keyPair()).isEqualTo(key.keyPair());
		assertThat(new QrTokenVerifier(KeyRing.of(List.of(restored))).verify(token))
			.isInstanceOf(Verification.Genuine.class);
	}

	@Test
	void refusesAPublicOnlyJwkAsASigningKey() {
		String publicOnly = key("k-2026-11-a1b2", "2026-11-01T00:00:00Z").publicJwk().toJSONString();

		assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromJson(publicOnly, true));
		assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromJson("{}", true));
	}

	@Test
	void hidesThePrivateKeyFromToString() {
		SigningKey key = key("k-2026-11-a1b2", "2026-11-01T00:00:00Z");

		assertThat(key.toString()).doesNotContain(key.keyPair().getD().toString());
	}

	@Test
	void makesKidsFromTheMonthAndFourRandomHexDigits() {
		assertThat(SigningKeys.newKid(Fixtures.ISSUED)).matches("k-2026-11-[0-9a-f]{4}");
		assertThat(SigningKeys.generate().kid()).matches("k-\\d{4}-\\d{2}-[0-9a-f]{4}");
	}

}
