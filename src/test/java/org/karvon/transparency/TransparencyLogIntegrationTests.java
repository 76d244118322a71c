package org.karvon.transparency;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationKind;
import org.karvon.consignment.application.DeclarationHistory;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.database.KarvonDatabase;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.evidence.EvidenceCommand;
import org.karvon.journal.evidence.EvidenceVerifier;
import org.karvon.journal.persistence.Journals;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.OwnerDatabase;
import org.karvon.transparency.application.Sequencer;
import org.karvon.transparency.persistence.LogQueue;
import org.karvon.transparency.persistence.LogStore;
import org.karvon.transparency.witness.WitnessProcess;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.aHold;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The transparency log end to end: Karvon with a one-second checkpoint interval and a real witness process,
 * on a real PostgreSQL. The witness is started once Karvon has made its log key; the rewrite of history runs
 * last, because the refusal it causes stands for good.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransparencyLogIntegrationTests {

	static final int WITNESS_PORT = freePort();

	static final SignerKey WITNESS_KEY = SignerKey.generate("witness.test", KeyType.COSIGNATURE_V1);

	@TempDir
	static Path state;

	static WitnessProcess witness;

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	@Autowired
	Journals journals;

	@Autowired
	LogQueue queue;

	@Autowired
	DeclarationHistory declarations;

	@Autowired
	Consignments consignments;

	@Autowired
	LogStore log;

	@Autowired
	TransactionalOperator transaction;

	@DynamicPropertySource
	static void witnessed(DynamicPropertyRegistry registry) {
		registry.add("karvon.transparency.checkpoint-interval", () -> "PT1S");
		registry.add("karvon.transparency.witnesses",
				() -> WITNESS_KEY.verifierKey() + "@http://127.0.0.1:" + WITNESS_PORT);
	}

	@AfterAll
	static void stopWitness() throws Exception {
		if (witness != null) {
			witness.close();
		}
	}

	@Test
	@Order(1)
	void everyEventGetsOneLogIndexWithinAnIntervalAndTheHttpProofsVerifyWithAnIndependentTree() throws Exception {
		startWitness();
		String number = journey();
		Sequencer rival = new Sequencer(queue, log, transaction);
		Flux.range(0, 40).concatMap((i) -> rival.sequenceBatch().delayElement(java.time.Duration.ofMillis(20)))
			.subscribe();
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		List<Map<String, Object>> events = sequenced(number);
		long size = witnessedCheckpointCovering(events);

		List<byte[]> leaves = owner().sql("select entry_hash from log_leaf order by index")
			.map((row) -> bytes(row.get("entry_hash", ByteBuffer.class))).all().collectList().block();
		List<String> eventHashes = owner().sql("select hash from movement_event").map((row) -> row.get("hash", String.class))
			.all().collectList().block();
		List<String> declarationHashes = owner().sql("select hash from declaration_version")
			.map((row) -> row.get("hash", String.class)).all().collectList().block();
		List<String> leafHashes = leaves.stream().map(HexFormat.of()::formatHex).toList();
		// the log holds the declaration chains' entries too: every leaf is some entry, each entry at most once
		assertThat(leafHashes).as("each entry at most once").doesNotHaveDuplicates()
			.as("every event").containsAll(eventHashes);
		assertThat(eventHashes).as("only entries").doesNotContainAnyElementsOf(declarationHashes);
		assertThat(leafHashes).as("only entries").allMatch((hash) -> eventHashes.contains(hash) || declarationHashes.contains(hash));
		for (Map<String, Object> event : events) {
			int index = ((Number) event.get("logIndex")).intValue();
			assertThat(HexFormat.of().formatHex(leaves.get(index))).isEqualTo(event.get("hash"));
		}
		ReferenceTree reference = new ReferenceTree(leaves.subList(0, (int) size));
		Checkpoint checkpoint = Checkpoint.parse(Note.parse(checkpointNote()).text());
		assertThat(checkpoint.root()).isEqualTo(reference.mth(0, (int) checkpoint.size()));
		for (int index = 0; index < size; index++) {
			Map<?, ?> proof = api.client().get().uri("/api/log/proof/inclusion?index={i}&size={n}", index, size).exchange()
				.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
			assertThat(decode(proof.get("path"))).usingElementComparator(java.util.Arrays::compare)
				.containsExactlyElementsOf(reference.path(index, 0, (int) size));
			assertThat(Base64.getDecoder().decode((String) proof.get("leafHash"))).isEqualTo(reference.mth(index, index + 1));
		}
		for (int from = 0; from <= size; from++) {
			Map<?, ?> proof = api.client().get().uri("/api/log/proof/consistency?from={m}&to={n}", from, size).exchange()
				.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
			List<byte[]> expected = from == 0 ? List.of() : reference.proof(from, (int) size);
			assertThat(decode(proof.get("path"))).usingElementComparator(java.util.Arrays::compare)
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	@Order(2)
	void theLogEndpointsArePublicAndRefuseBadParametersWithAProblem() {
		startWitness();
		String key = api.client().get().uri("/api/log/key").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(VerifierKey.parse(key.strip()).name()).isEqualTo("karvon/log");
		for (String query : List.of("index=0", "index=x&size=1", "index=-1&size=1", "index=5&size=5", "index=0&size=0",
				"index=0&size=99999999", "index=01&size=2")) {
			api.client().get().uri("/api/log/proof/inclusion?" + query).exchange().expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith("application/problem+json");
		}
		for (String query : List.of("from=0", "from=2&to=1", "from=0&to=99999999", "from=a&to=1")) {
			api.client().get().uri("/api/log/proof/consistency?" + query).exchange().expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith("application/problem+json");
		}
		api.client().post().uri("/api/log/proof/inclusion?index=0&size=1").exchange().expectStatus().is4xxClientError();
	}

	@Test
	@Order(3)
	void aStatusChangedWithoutAnEventIsCaughtNamingTheField() {
		startWitness();
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		api.record(api.officerAt("UZYAL"), number, aHold("papers to check").build());
		integrity(carrier, number).jsonPath("$.reason").doesNotExist().jsonPath("$.valid").isEqualTo(true)
			.jsonPath("$.record.agrees").isEqualTo(true);
		owner().sql("update consignment set status = 'IN_TRANSIT' where number = :n").bind("n", number).then().block();
		integrity(carrier, number).jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.record.field").isEqualTo("status")
			.jsonPath("$.reason").value((reason) -> assertThat((String) reason).contains("status"));
	}

	@Test
	@Order(4)
	void anEvidenceBundleVerifiesOfflineWithTheWitnessKeyAndFailsAfterAnyByteChanges(@TempDir Path dir) throws Exception {
		startWitness();
		String carrier = api.carrierOf(api.newOrganization());
		String number = journey(carrier);
		List<Map<String, Object>> events = sequenced(number);
		witnessedCheckpointCovering(events);
		String bundle = api.get(carrier, "/api/consignments/{n}/evidence", number).expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		VerifierKey logKey = logKey();
		Path file = Files.writeString(dir.resolve("evidence.json"), bundle);
		assertThat(command(file, "--log-key", logKey.toString(), "--witness-key", WITNESS_KEY.verifierKey().toString(),
				"--quorum", "1")).isEqualTo(EvidenceCommand.WITNESSED);
		EvidenceVerifier.Result witnessed = EvidenceVerifier.verify(bundle, null, logKey, List.of(WITNESS_KEY.verifierKey()), 1);
		assertThat(witnessed.declarations()).as("the REGISTERED entry, proven in the log like the events").isEqualTo(1);
		assertThat(witnessed.uncoveredEvents()).isZero();
		assertThat(command(file)).isEqualTo(EvidenceCommand.SELF_CONSISTENT);
		assertThat(command(file, "--log-key", logKey.toString())).isEqualTo(EvidenceCommand.SELF_CONSISTENT);
		String stranger = SignerKey.generate("stranger", KeyType.COSIGNATURE_V1).verifierKey().toString();
		assertThat(command(file, "--log-key", logKey.toString(), "--witness-key", stranger))
			.isEqualTo(EvidenceCommand.QUORUM_NOT_MET);
		assertThat(command(file, "--log-key", logKey.toString(), "--witness-key", WITNESS_KEY.verifierKey().toString(),
				"--witness-key", stranger, "--quorum", "2")).isEqualTo(EvidenceCommand.QUORUM_NOT_MET);

		byte[] bytes = bundle.getBytes(StandardCharsets.UTF_8);
		Random random = new Random(20261202L);
		List<Integer> positions = new ArrayList<>(List.of(0, bytes.length - 1));
		for (int i = 0; i < 400; i++) {
			positions.add(random.nextInt(bytes.length));
		}
		List<String> accepted = new ArrayList<>();
		for (int at : positions) {
			byte[] changed = bytes.clone();
			changed[at] = (byte) (changed[at] ^ (1 << random.nextInt(7)));
			EvidenceVerifier.Result result = EvidenceVerifier.verify(new String(changed, StandardCharsets.UTF_8), null, logKey,
					List.of(WITNESS_KEY.verifierKey()), 1);
			if (result.witnessed()) {
				accepted.add(at + ": " + bundle.substring(Math.max(0, at - 20), Math.min(bundle.length(), at + 20)));
			}
		}
		assertThat(accepted).isEmpty();
		assertThat(carrier).isNotEmpty();
	}

	@Test
	@Order(5)
	void aDeclarationEntryForgedIntoItsChainOutsideTheLogIsCaught() {
		startWitness();
		String carrier = api.carrierOf(api.newOrganization());
		String number = journey(carrier);
		witnessedCheckpointCovering(sequenced(number));
		integrity(carrier, number).jsonPath("$.valid").isEqualTo(true).jsonPath("$.declarations").isEqualTo(1);

		// a well-formed grant to a post off the route, linked and hashed as Karvon would, but never queued for the log
		DeclarationEntry registered = declarations.chainOf(consignments.byNumber(new ConsignmentNumber(number)).block())
			.block().get(0);
		DeclarationEntry grant = DeclarationEntry.chain(number, 2, registered.version(), DeclarationKind.GRANTED, "KZALA",
				registered.declarationHash(), java.util.Optional.empty(), registered.hash(), registered.at().plusSeconds(60));
		superuser("insert into declaration_version (consignment_number, seq, version, kind, post_code, declaration, "
				+ "declaration_hash, prev_hash, hash, at) values ('" + number + "', 2, " + grant.version() + ", 'GRANTED', "
				+ "'KZALA', null, '" + grant.declarationHash() + "', '" + grant.prevHash() + "', '" + grant.hash() + "', '"
				+ grant.at() + "')");

		integrity(carrier, number).jsonPath("$.valid").isEqualTo(false).jsonPath("$.declarations").isEqualTo(2)
			.jsonPath("$.log.problems[0]").value((problem) -> assertThat((String) problem).contains(grant.hash())
				.contains("neither in the log nor waiting"));
	}

	@Test
	@Order(6)
	void readinessReportsTheLogsSizeCheckpointAgeAndRefusals() {
		startWitness();
		api.client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.components.transparency.details.logSize").value((size) -> assertThat((Integer) size).isPositive())
			.jsonPath("$.components.transparency.details.witnessRefusals").isEqualTo(0);
	}

	@Test
	@Order(7)
	void aSuperuserWhoRewritesAnEventTheChainAndTheLogIsCaughtAndTheWitnessRefusesTheNextCheckpoint() {
		startWitness();
		String carrier = api.carrierOf(api.newOrganization());
		String number = journey(carrier);
		List<Map<String, Object>> events = sequenced(number);
		witnessedCheckpointCovering(events);
		integrity(carrier, number).jsonPath("$.valid").isEqualTo(true);

		rewriteHistory(number);
		integrity(carrier, number).jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.log.problems[0]").value((problem) -> assertThat((String) problem).contains("witnessed checkpoint"));

		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		org.karvon.support.Eventually.holds(() -> refusals() > 0);
		integrity(carrier, number).jsonPath("$.valid").isEqualTo(false)
			.jsonPath("$.log.witnessRefusals[0].status").isEqualTo(422);
		api.client().get().uri("/actuator/health/readiness").exchange().expectBody()
			.jsonPath("$.components.transparency.details.witnessRefusals").value((n) -> assertThat((Integer) n).isPositive());
	}

	/** Edits the first event, recomputes every later hash and the head, and rebuilds the stored log over the new hashes. */
	void rewriteHistory(String number) {
		List<StoredEvent> stored = journals.allEvents(new ConsignmentNumber(number)).collectList().block();
		Map<String, Long> indexes = log.indexesOf(stored.stream().map(StoredEvent::hash).toList()).block();
		String prev = stored.get(0).prevHash();
		DatabaseClient db = owner();
		for (StoredEvent event : stored) {
			StoredEvent forged = new StoredEvent(event.id(), event.consignmentNumber(), event.seq(), event.type(),
					event.postCode(), event.country(), event.seq() == 1 ? "someone.else" : event.officer(), event.occurredAt(),
					event.recordedAt(), event.payload(), event.anomalies(), prev, null);
			forged = StoredEvent.chain(forged.canonical(), prev);
			superuser("update movement_event set officer = '" + forged.officer() + "', prev_hash = '" + forged.prevHash()
					+ "', hash = '" + forged.hash() + "' where id = '" + event.id() + "'");
			superuser("update log_leaf set entry_hash = decode('" + forged.hash() + "', 'hex') where index = "
					+ indexes.get(event.hash()));
			prev = forged.hash();
		}
		superuser("update consignment set journal_head = '" + prev + "' where number = '" + number + "'");
		List<byte[]> leaves = db.sql("select entry_hash from log_leaf order by index")
			.map((row) -> bytes(row.get("entry_hash", ByteBuffer.class))).all().collectList().block();
		superuser("delete from log_node");
		for (Node node : TreeGrowth.append(0, (at) -> null, leaves)) {
			superuser("insert into log_node (level, index, hash) values (" + node.at().level() + ", " + node.at().index()
					+ ", decode('" + HexFormat.of().formatHex(node.hash()) + "', 'hex'))");
		}
	}

	void superuser(String sql) {
		owner().inConnection((connection) -> Mono.from(connection.createStatement("set session_replication_role = replica")
			.execute())
			.flatMap((r) -> Mono.from(r.getRowsUpdated()))
			.then(Mono.from(connection.createStatement(sql).execute()).flatMap((r) -> Mono.from(r.getRowsUpdated())))
			.then(Mono.from(connection.createStatement("set session_replication_role = origin").execute())
				.flatMap((r) -> Mono.from(r.getRowsUpdated()))))
			.block();
	}

	String journey() {
		return journey(api.carrierOf(api.newOrganization()));
	}

	String journey(String carrier) {
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		api.record(api.officerAt("UZYAL"), number, aHold("papers to check").build());
		api.record(api.officerAt("UZYAL"), number, anEvent("RELEASE").build());
		return number;
	}

	/** Waits until every event of the journal shows its log index (one interval, with patience for a busy machine). */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> sequenced(String number) {
		String auditor = api.officerAt("UZTAS");
		List<List<Map<String, Object>>> seen = new ArrayList<>();
		org.karvon.support.Eventually.holds(() -> {
			List<Map<String, Object>> events = api.get(auditor, "/api/consignments/{n}/events", number).expectStatus()
				.isOk().expectBody(List.class).returnResult().getResponseBody();
			seen.add(0, events);
			return events.stream().allMatch((event) -> event.get("logIndex") != null);
		});
		return seen.get(0);
	}

	/** Waits for a checkpoint cosigned by the witness that includes every one of these events; returns its size. */
	long witnessedCheckpointCovering(List<Map<String, Object>> events) {
		long needed = events.stream().mapToLong((event) -> ((Number) event.get("logIndex")).longValue()).max().orElse(0) + 1;
		long[] size = new long[1];
		org.karvon.support.Eventually.holds(() -> {
			Note note = Note.parse(checkpointNote());
			size[0] = Checkpoint.parse(note.text()).size();
			return note.isSignedBy(WITNESS_KEY.verifierKey()) && note.isSignedBy(logKey()) && size[0] >= needed;
		});
		return size[0];
	}

	/** The served checkpoint, or an unsigned placeholder before the first one. */
	String checkpointNote() {
		var result = api.client().get().uri("/api/log/checkpoint").exchange().expectBody(String.class).returnResult();
		return result.getStatus().value() == 200 ? result.getResponseBody() : "none\n0\n" + Base64.getEncoder()
			.encodeToString(new byte[32]) + "\n\n\u2014 none AAAAAAA=\n";
	}

	VerifierKey logKey() {
		return VerifierKey.parse(api.client().get().uri("/api/log/key").exchange().expectBody(String.class).returnResult()
			.getResponseBody().strip());
	}

	org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec integrity(String token, String number) {
		return api.get(token, "/api/consignments/{n}/integrity", number).expectStatus().isOk().expectBody();
	}

	long refusals() {
		return owner().sql("select count(*) as n from log_witness_refusal").map((row) -> row.get("n", Long.class)).one()
			.block();
	}

	int command(Path file, String... options) {
		List<String> args = new ArrayList<>(List.of("verify-evidence", file.toString()));
		args.addAll(List.of(options));
		return EvidenceCommand.run(args.toArray(String[]::new),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

	DatabaseClient owner() {
		return OwnerDatabase.client(database);
	}

	void startWitness() {
		if (witness != null) {
			return;
		}
		try {
			Files.writeString(state.resolve("witness.key"), WITNESS_KEY.encode() + "\n");
			witness = WitnessProcess.start(state, logKey(), WITNESS_PORT);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<byte[]> decode(Object path) {
		return ((List<?>) path).stream().map((hash) -> Base64.getDecoder().decode((String) hash)).toList();
	}

	static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	static int freePort() {
		try {
			return WitnessProcess.freePort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
