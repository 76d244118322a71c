package org.karvon.transparency.witness;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.ConsistencyProof;
import org.karvon.transparency.MerkleTree;
import org.karvon.transparency.Note;
import org.karvon.transparency.SignerKey;
import org.karvon.transparency.VerifierKey;
import org.karvon.transparency.witness.WitnessOutcome.Cosigned;
import org.karvon.transparency.witness.WitnessOutcome.Refused;
import org.karvon.transparency.witness.WitnessOutcome.SizeConflict;

/**
 * C2SP tlog-witness add-checkpoint, checked in this order: the body and note parse (else 400); the origin
 * is a log this witness knows (404); the log's key signed it (403); the old size is at most the new size
 * (400); the old size is the size this witness last cosigned for the origin, 0 if none (409 with that
 * size); the proof shows the new tree extends the one it cosigned — at an equal size, the proof is empty
 * and the root the same (422). Only then does it store the checkpoint (durably, before answering) and
 * cosign it. Its state never moves backwards or to another tree, so a refused checkpoint stays refused.
 * One request at a time: the check and the store are one step.
 */
public final class Witness {

	private final SignerKey key;

	private final Map<String, VerifierKey> logs;

	private final WitnessState state;

	private final Clock clock;

	public Witness(SignerKey key, Map<String, VerifierKey> logs, WitnessState state, Clock clock) {
		this.key = key;
		this.logs = Map.copyOf(logs);
		this.state = state;
		this.clock = clock;
	}

	public synchronized WitnessOutcome add(String body) {
		AddCheckpoint request;
		Note note;
		Checkpoint checkpoint;
		try {
			request = AddCheckpoint.parse(body);
			note = Note.parse(request.note());
			checkpoint = Checkpoint.parse(note.text());
		}
		catch (IllegalArgumentException ex) {
			return new Refused(400, ex.getMessage());
		}
		VerifierKey log = logs.get(checkpoint.origin());
		if (log == null) {
			return new Refused(404, "this witness does not know the log " + checkpoint.origin());
		}
		if (!note.isSignedBy(log)) {
			return new Refused(403, "the checkpoint does not carry a valid signature of " + log);
		}
		return extend(request, checkpoint, note);
	}

	private WitnessOutcome extend(AddCheckpoint request, Checkpoint checkpoint, Note note) {
		if (request.oldSize() > checkpoint.size()) {
			return new Refused(400, "the old size is larger than the checkpoint's");
		}
		Optional<Checkpoint> latest = state.latest(checkpoint.origin());
		long size = latest.map(Checkpoint::size).orElse(0L);
		if (request.oldSize() != size) {
			return new SizeConflict(size);
		}
		byte[] root = latest.map(Checkpoint::root).orElse(MerkleTree.emptyRoot());
		if (!ConsistencyProof.verify(size, checkpoint.size(), root, checkpoint.root(), request.proof())) {
			return new Refused(422, "the checkpoint is not consistent with the one this witness cosigned at size " + size);
		}
		if (latest.isEmpty() || checkpoint.size() > size || !Arrays.equals(root, checkpoint.root())) {
			state.save(checkpoint.origin(), note.format());
		}
		return new Cosigned(key.cosign(note.text(), clock.instant().getEpochSecond()).line());
	}

	public VerifierKey verifierKey() {
		return key.verifierKey();
	}

}
