package org.karvon.keys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyWrapTests {

	private static final byte[] SECRET = "thirty-two bytes of private key!".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aWrappedKeyOpensWithTheSameMasterKeyPurposeAndKid() {
		byte[] raw = random();
		byte[] wrapped = MasterKey.parse(raw).wrapFor(KeyPurpose.QR_SIGNING).wrap("k-2026-12-a1b2", SECRET);

		assertThat(MasterKey.parse(MasterKey.encode(raw)).wrapFor(KeyPurpose.QR_SIGNING)
			.unwrap("k-2026-12-a1b2", wrapped)).isEqualTo(SECRET);
		assertThat(wrapped).hasSize(1 + 12 + SECRET.length + 16);
		assertThat(new String(wrapped, StandardCharsets.ISO_8859_1)).doesNotContain("thirty-two");
	}

	@Test
	void anotherMasterKeyPurposeOrKidDoesNotOpenIt() {
		MasterKey master = MasterKey.parse(random());
		byte[] wrapped = master.wrapFor(KeyPurpose.QR_SIGNING).wrap("k-1", SECRET);

		assertThatThrownBy(() -> MasterKey.parse(random()).wrapFor(KeyPurpose.QR_SIGNING).unwrap("k-1", wrapped))
			.isInstanceOf(KeyWrap.UnwrapFailed.class);
		assertThatThrownBy(() -> master.wrapFor(KeyPurpose.LOG_SIGNING).unwrap("k-1", wrapped))
			.isInstanceOf(KeyWrap.UnwrapFailed.class);
		assertThatThrownBy(() -> master.wrapFor(KeyPurpose.QR_SIGNING).unwrap("k-2", wrapped))
			.isInstanceOf(KeyWrap.UnwrapFailed.class);
	}

	@Test
	void anyChangedByteFailsToUnwrap() {
		KeyWrap wrap = MasterKey.parse(random()).wrapFor(KeyPurpose.ACCESS_TOKEN_HMAC);
		byte[] wrapped = wrap.wrap("t-1", SECRET);
		for (int at = 0; at < wrapped.length; at++) {
			byte[] changed = wrapped.clone();
			changed[at] ^= 0x01;
			assertThatThrownBy(() -> wrap.unwrap("t-1", changed)).isInstanceOf(KeyWrap.UnwrapFailed.class);
		}
	}

	@Test
	void readsRawAndBase64MasterKeyFilesAndRefusesOtherLengths() {
		byte[] raw = random();
		byte[] wrapped = MasterKey.parse(raw).wrapFor(KeyPurpose.EVIDENCE_SIGNING).wrap("e-1", SECRET);
		for (String encoded : new String[] { Base64.getEncoder().encodeToString(raw) + "\n",
				"  " + Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + "\r\n" }) {
			assertThat(MasterKey.parse(encoded.getBytes(StandardCharsets.US_ASCII)).wrapFor(KeyPurpose.EVIDENCE_SIGNING)
				.unwrap("e-1", wrapped)).isEqualTo(SECRET);
		}
		assertThatThrownBy(() -> MasterKey.parse(new byte[16])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MasterKey.parse("not base64!".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void eachPurposeHasItsOwnWrappingKey() {
		MasterKey master = MasterKey.parse(random());
		byte[] wrapped = master.wrapFor(KeyPurpose.QR_SIGNING).wrap("same", SECRET);
		for (KeyPurpose other : KeyPurpose.values()) {
			if (other != KeyPurpose.QR_SIGNING) {
				assertThatThrownBy(() -> master.wrapFor(other).unwrap("same", wrapped)).isInstanceOf(KeyWrap.UnwrapFailed.class);
			}
		}
	}

	private static byte[] random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
