package org.karvon.transparency.application;

import java.util.List;
import java.util.stream.Collectors;

import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.Note;
import org.karvon.transparency.NoteSignature;
import org.karvon.transparency.SignerKey;
import org.karvon.transparency.persistence.LogStore;
import org.karvon.transparency.persistence.LogStore.StoredCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One tick of the log: sequence everything queued, and when the log grew past the newest checkpoint, sign
 * a checkpoint of the new size with the log key, ask every witness to cosign it (each with the consistency
 * proof from the size it cosigned last), store the note and the cosignatures that verify, and store every
 * refusal. Two instances may both publish the same size; the row is the same note either way, and the
 * cosignatures of the later one are kept.
 */
public class CheckpointPublisher {

	private static final Logger log = LoggerFactory.getLogger(CheckpointPublisher.class);

	private final Sequencer sequencer;

	private final LogStore store;

	private final LogProofs proofs;

	private final LogKey key;

	private final Witnesses witnesses;

	public CheckpointPublisher(Sequencer sequencer, LogStore store, LogProofs proofs, LogKey key, Witnesses witnesses) {
		this.sequencer = sequencer;
		this.store = store;
		this.proofs = proofs;
		this.key = key;
		this.witnesses = witnesses;
	}

	/** Emits the size of the checkpoint published, or nothing when the log did not grow. */
	public Mono<Long> tick() {
		return drain().then(Mono.zip(store.size(), store.latestCheckpoint().map(StoredCheckpoint::size).defaultIfEmpty(-1L)))
			.filter((sizes) -> sizes.getT1() > 0 && sizes.getT1() > sizes.getT2())
			.flatMap((sizes) -> publish(sizes.getT1()));
	}

	private Mono<Void> drain() {
		return Mono.defer(sequencer::sequenceBatch).repeat().takeUntil((sequenced) -> sequenced < Sequencer.BATCH).then();
	}

	private Mono<Long> publish(long size) {
		return Mono.zip(proofs.root(size), key.signer()).flatMap((found) -> {
			byte[] root = found.getT1();
			SignerKey signer = found.getT2();
			String text = new Checkpoint(signer.name(), size, root).text();
			String note = new Note(text, List.of(signer.sign(text))).format();
			return Mono.fromFuture(() -> witnesses.ask(note, (from, to) -> proofs.consistency(from, to).toFuture()))
				.flatMap((answers) -> store(size, root, note, answers));
		});
	}

	private Mono<Long> store(long size, byte[] root, String note, List<Witnesses.Answer> answers) {
		String cosignatures = answers.stream()
			.flatMap((answer) -> answer.cosignature().stream())
			.map(NoteSignature::line)
			.collect(Collectors.joining());
		Flux<Void> refusals = Flux.fromIterable(answers).filter(Witnesses.Answer::refused).concatMap((answer) -> {
			log.warn("Witness {} refused the checkpoint of size {}: {} {}", answer.witness(), size, answer.status(),
					answer.reason());
			return store.saveRefusal(answer.witness().toString(), size, answer.status(), answer.reason());
		});
		answers.stream()
			.filter((answer) -> answer.cosignature().isEmpty() && !answer.refused())
			.forEach((answer) -> log.warn("Witness {} did not answer for size {}: {}", answer.witness(), size, answer.reason()));
		return refusals.then(store.saveCheckpoint(size, root, note, cosignatures)).thenReturn(size);
	}

}
