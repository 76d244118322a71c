package org.karvon.transparency.application;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.transparency.Note;
import org.karvon.transparency.NoteSignature;
import org.karvon.transparency.TestLog;
import org.karvon.transparency.witness.WitnessProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** Karvon's witness client against a real witness process. */
class WitnessesTests {

	@TempDir
	Path state;

	@Test
	void collectsVerifiedCosignaturesAndCatchesUpAfterAConflict() throws Exception {
		TestLog log = new TestLog("karvon.test/log").grow(5, 1);
		try (WitnessProcess witness = WitnessProcess.start(state, log.verifierKey())) {
			String configured = witness.key() + "@" + witness.baseUrl();
			Witnesses.Proofs proofs = (from, to) -> CompletableFuture.completedFuture(log.consistency(from, to));
			assertCosignedBy(witness, log, Witnesses.parse(configured).cosign(log.note(5), proofs).get(60, TimeUnit.SECONDS));
			log.grow(4, 1);
			Witnesses restarted = Witnesses.parse(configured);
			assertCosignedBy(witness, log, restarted.cosign(log.note(9), proofs).get(60, TimeUnit.SECONDS));
			log.grow(1, 1);
			assertCosignedBy(witness, log, restarted.cosign(log.note(10), proofs).get(60, TimeUnit.SECONDS));
		}
	}

	@Test
	void yieldsNoCosignatureFromAnUnreachableOrRefusingWitness() throws Exception {
		TestLog log = new TestLog("karvon.test/log").grow(3, 1);
		TestLog stranger = new TestLog("stranger.test/log").grow(3, 1);
		try (WitnessProcess witness = WitnessProcess.start(state, stranger.verifierKey())) {
			Witnesses witnesses = Witnesses.parse(witness.key() + "@" + witness.baseUrl() + "," + witness.key()
					+ "@http://127.0.0.1:1");
			List<NoteSignature> cosignatures = witnesses
				.cosign(log.note(3), (from, to) -> CompletableFuture.completedFuture(log.consistency(from, to)))
				.get(60, TimeUnit.SECONDS);
			assertThat(cosignatures).isEmpty();
		}
	}

	static void assertCosignedBy(WitnessProcess witness, TestLog log, List<NoteSignature> cosignatures) {
		assertThat(cosignatures).hasSize(1);
		Note note = new Note(log.checkpoint(log.size()).text(), cosignatures);
		assertThat(note.isSignedBy(witness.key())).isTrue();
	}

}
