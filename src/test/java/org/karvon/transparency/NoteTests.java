package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NoteTests {

	static final SignerKey LOG = SignerKey.generate("karvon.example/log", KeyType.ED25519);

	static final String TEXT = new Checkpoint("karvon.example/log", 7, new byte[32]).text();

	/** The example of Go's golang.org/x/mod/sumdb/note package documentation. */
	@Test
	void signsTheGoNotePackageExampleByteForByte() {
		SignerKey key = SignerKey.parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
		String text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
		assertThat(key.verifierKey()).hasToString("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
		assertThat(key.sign(text).line()).isEqualTo(
				"— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n");
	}

	@Test
	void derivesTheKeyIdFromNameTypeAndPublicKey() throws Exception {
		VerifierKey key = LOG.verifierKey();
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(concat("karvon.example/log\n".getBytes(StandardCharsets.UTF_8),
				new byte[] { 0x01 }, key.publicKey()));
		assertThat(key.keyId()).isEqualTo(ByteBuffer.wrap(hash).getInt());
		assertThat(key.toString()).matches("karvon\\.example/log\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}");
		assertThat(VerifierKey.parse(key.toString())).isEqualTo(key);
		assertThat(SignerKey.parse(LOG.encode()).verifierKey()).isEqualTo(key);
	}

	@Test
	void refusesAVerifierKeyWhoseIdDoesNotMatch() {
		String key = LOG.verifierKey().toString();
		String wrongId = key.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifierKey.parse(wrongId));
		assertThatIllegalArgumentException().isThrownBy(() -> VerifierKey.parse("other" + key));
	}

	@Test
	void verifiesTheLogSignatureAndIgnoresUnknownSigners() {
		SignerKey stranger = SignerKey.generate("stranger", KeyType.ED25519);
		Note note = Note.parse(new Note(TEXT, List.of(stranger.sign(TEXT), LOG.sign(TEXT))).format());
		assertThat(note.text()).isEqualTo(TEXT);
		assertThat(note.isSignedBy(LOG.verifierKey())).isTrue();
		assertThat(Checkpoint.parse(note.text()).size()).isEqualTo(7);
	}

	@Test
	void refusesAlteredTextAndForeignSignaturesUnderTheLogName() {
		String signed = new Note(TEXT, List.of(LOG.sign(TEXT))).format();
		assertThat(Note.parse(signed.replace("\n7\n", "\n8\n")).isSignedBy(LOG.verifierKey())).isFalse();
		SignerKey impostor = SignerKey.generate("karvon.example/log", KeyType.ED25519);
		assertThat(Note.parse(new Note(TEXT, List.of(impostor.sign(TEXT))).format()).isSignedBy(LOG.verifierKey())).isFalse();
		NoteSignature bad = new NoteSignature(LOG.name(), LOG.verifierKey().keyId(), new byte[64]);
		assertThat(new Note(TEXT, List.of(LOG.sign(TEXT), bad)).isSignedBy(LOG.verifierKey())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "origin\n7\nAAAA\n", "origin\n7\n\n— a AAAAAAA=\n\n", "origin\n7\n\n— a AAAAAAA=",
			"origin\r\n7\n\n— a AAAAAAAA\n", "origin\n7\n\n- a AAAAAAAA\n", "origin\n7\n\n— a AAAAAAA\n",
			"origin\n7\n\n— a b AAAAAAAA\n", "origin\n7\n\n— a+b AAAAAAAA\n", "origin\n7\n\n— a AAAA\n",
			"origin\n7\n\n—  AAAAAAAA\n" })
	void refusesMalformedNotes(String note) {
		assertThatIllegalArgumentException().isThrownBy(() -> Note.parse(note));
	}

	@ParameterizedTest
	@ValueSource(strings = { "origin\n07\n" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "origin\n7\nAAAA\n",
			"\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "origin\n-7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
			"origin\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n", "origin\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"origin\n99999999999999999999\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n" })
	void refusesMalformedCheckpoints(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parse(text));
	}

	@Test
	void cosignsTimestampedCheckpointsAsCosignatureV1() {
		SignerKey witness = SignerKey.generate("witness.example", KeyType.COSIGNATURE_V1);
		NoteSignature cosignature = witness.cosign(TEXT, 1_700_000_000L);
		byte[] line = Base64.getDecoder().decode(cosignature.line().split(" ")[2].strip());
		assertThat(line).hasSize(4 + 8 + 64);
		assertThat(ByteBuffer.wrap(line, 4, 8).getLong()).isEqualTo(1_700_000_000L);
		byte[] message = ("cosignature/v1\ntime 1700000000\n" + TEXT).getBytes(StandardCharsets.UTF_8);
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, new Ed25519PublicKeyParameters(witness.verifierKey().publicKey(), 0));
		verifier.update(message, 0, message.length);
		assertThat(verifier.verifySignature(Arrays.copyOfRange(line, 12, line.length))).isTrue();
		assertThat(Note.parse(new Note(TEXT, List.of(cosignature)).format()).isSignedBy(witness.verifierKey())).isTrue();
		assertThat(witness.verifierKey().toString()).matches("witness\\.example\\+[0-9a-f]{8}\\+B[A-P].{42}");
	}

	@Test
	void refusesACosignatureWithAnAlteredTimestamp() {
		SignerKey witness = SignerKey.generate("witness.example", KeyType.COSIGNATURE_V1);
		byte[] payload = witness.cosign(TEXT, 1_700_000_000L).payload();
		payload[7] ^= 1;
		NoteSignature altered = new NoteSignature(witness.name(), witness.verifierKey().keyId(), payload);
		assertThat(new Note(TEXT, List.of(altered)).isSignedBy(witness.verifierKey())).isFalse();
	}

	static byte[] concat(byte[]... parts) {
		byte[] all = new byte[0];
		for (byte[] part : parts) {
			byte[] next = Arrays.copyOf(all, all.length + part.length);
			System.arraycopy(part, 0, next, all.length, part.length);
			all = next;
		}
		return all;
	}

}
