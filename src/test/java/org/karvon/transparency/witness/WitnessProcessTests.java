package org.karvon.transparency.witness;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.transparency.Note;
import org.karvon.transparency.TestLog;

import static org.assertj.core.api.Assertions.assertThat;

/** A real witness process, spoken to over HTTP as Karvon and an attacker would. */
class WitnessProcessTests {

	@TempDir
	Path state;

	TestLog log = new TestLog("karvon.test/log").grow(5, 1);

	WitnessProcess witness;

	@BeforeEach
	void start() throws Exception {
		witness = WitnessProcess.start(state, log.verifierKey());
	}

	@AfterEach
	void stop() throws Exception {
		witness.close();
	}

	@Test
	void cosignsConsistentGrowthAndKeepsItsKeyAndStateAcrossARestart() throws Exception {
		assertCosigned(add(0, 5));
		log.grow(4, 1);
		assertCosigned(add(5, 9));
		assertCosigned(add(9, 9));
		witness.close();
		witness = WitnessProcess.start(state, log.verifierKey());
		assertThat(add(5, 9).statusCode()).isEqualTo(409);
		log.grow(3, 1);
		assertCosigned(add(9, 12));
	}

	@Test
	void refusesAnInconsistentHistoryAndKeepsRefusingIt() throws Exception {
		assertCosigned(add(0, 5));
		TestLog rewritten = log.fork(3).grow(6, 2);
		String forged = body(5, rewritten.consistency(5, 9), rewritten.note(9));
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(witness.addCheckpoint(forged).statusCode()).isEqualTo(422);
		}
		HttpResponse<String> sameSize = witness.addCheckpoint(body(5, List.of(), rewritten.note(5)));
		assertThat(sameSize.statusCode()).isEqualTo(422);
		log.grow(4, 1);
		assertCosigned(add(5, 9));
		assertThat(witness.addCheckpoint(forged).statusCode()).isEqualTo(409);
	}

	@Test
	void answersAnOldSizeThatIsNotItsOwnWithItsSize() throws Exception {
		assertCosigned(add(0, 5));
		log.grow(2, 1);
		HttpResponse<String> response = add(3, 7);
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
		assertThat(response.body()).isEqualTo("5\n");
		assertCosigned(add(5, 7));
	}

	@Test
	void refusesCheckpointsTheLogDidNotSign() throws Exception {
		TestLog impostor = new TestLog("karvon.test/log").grow(5, 1);
		assertThat(witness.addCheckpoint(body(0, List.of(), impostor.note(5))).statusCode()).isEqualTo(403);
		String unsigned = log.note(5).replace("\n5\n", "\n4\n");
		assertThat(witness.addCheckpoint(body(0, List.of(), unsigned)).statusCode()).isEqualTo(403);
		assertThat(add(0, 5).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesUnknownLogsAndMalformedRequests() throws Exception {
		TestLog stranger = new TestLog("stranger.test/log").grow(2, 1);
		assertThat(witness.addCheckpoint(body(0, List.of(), stranger.note(2))).statusCode()).isEqualTo(404);
		assertThat(witness.addCheckpoint("old 0\n" + log.note(5)).statusCode()).isEqualTo(400);
		assertThat(witness.addCheckpoint("old x\n\n" + log.note(5)).statusCode()).isEqualTo(400);
		assertThat(witness.addCheckpoint("old 0\nnot-base64\n\n" + log.note(5)).statusCode()).isEqualTo(400);
		assertThat(witness.addCheckpoint(body(6, List.of(), log.note(5))).statusCode()).isEqualTo(400);
		assertThat(witness.addCheckpoint("old 0\n\n" + log.checkpoint(5).text()).statusCode()).isEqualTo(400);
	}

	HttpResponse<String> add(long from, long to) throws Exception {
		return witness.addCheckpoint(body(from, log.consistency(from, to), log.note(to)));
	}

	static String body(long old, List<byte[]> proof, String note) {
		return new AddCheckpoint(old, proof, note).format();
	}

	void assertCosigned(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String text = log.checkpoint(log.size()).text();
		assertThat(response.body()).startsWith("— witness.test ").endsWith("\n");
		Note cosigned = Note.parse(text + "\n" + response.body());
		assertThat(cosigned.isSignedBy(witness.key())).isTrue();
	}

}
