package org.karvon.transparency.application;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.InclusionProof;
import org.karvon.transparency.MerkleTree;
import org.karvon.transparency.Note;
import org.karvon.transparency.ProofPlan;
import org.karvon.transparency.Subtree;
import org.karvon.transparency.VerifierKey;
import org.karvon.transparency.persistence.LogStore;
import org.karvon.transparency.persistence.LogStore.Refusal;
import org.karvon.transparency.persistence.LogStore.StoredCheckpoint;
import reactor.core.publisher.Mono;

/**
 * Checks chain entries against the log as a verifier would: the newest checkpoint that carries the log's
 * signature and a cosignature of a configured witness (or, with no witness configured, only the log's), and
 * for each entry sequenced into it, the inclusion proof recomputed from the stored nodes and verified
 * against that checkpoint's root — so a log rewritten after the witness saw it is caught. Entries not yet
 * sequenced must still be queued. All proofs of one call are read in one query.
 */
public class LogAudit {

	static final int CHECKPOINTS_SEARCHED = 50;

	static final int REFUSALS_REPORTED = 5;

	private final LogStore store;

	private final LogKey key;

	private final Witnesses witnesses;

	public LogAudit(LogStore store, LogKey key, Witnesses witnesses) {
		this.store = store;
		this.key = key;
		this.witnesses = witnesses;
	}

	/** The log index of each entry hash already sequenced (lowercase hex keys). */
	public Mono<Map<String, Long>> indexes(List<String> hexHashes) {
		return store.indexesOf(wellFormed(hexHashes));
	}

	/** Only a 32-byte hash in lowercase hex can be in the log; an edited row may hold anything. */
	private static List<String> wellFormed(List<String> hexHashes) {
		return hexHashes.stream().filter((hash) -> hash != null && hash.matches("[0-9a-f]{64}")).toList();
	}

	public Mono<Audit> audit(List<String> hexHashes) {
		return Mono.zip(store.indexesOf(wellFormed(hexHashes)), witnessed(), store.refusals(REFUSALS_REPORTED).collectList())
			.flatMap((found) -> {
				Map<String, Long> indexes = found.getT1();
				List<String> waiting = wellFormed(hexHashes).stream().filter((hash) -> !indexes.containsKey(hash)).toList();
				return Mono.zip(store.queued(waiting), proofs(indexes, found.getT2())).map((more) -> audit(hexHashes,
						indexes, more.getT1(), found.getT2(), more.getT2(), found.getT3()));
			});
	}

	private Audit audit(List<String> hashes, Map<String, Long> indexes, Set<String> queued, Optional<Witnessed> checkpoint,
			Map<String, List<byte[]>> paths, List<Refusal> refusals) {
		List<String> problems = new ArrayList<>();
		for (String hash : hashes) {
			Long index = indexes.get(hash);
			if (index == null && !queued.contains(hash)) {
				problems.add("entry " + hash + " is neither in the log nor waiting for it");
			}
			List<byte[]> path = paths.get(hash);
			if (path != null && !InclusionProof.verify(index, checkpoint.get().size(),
					MerkleTree.leafHash(HexFormat.of().parseHex(hash)), path, checkpoint.get().root())) {
				problems.add("entry " + hash + " at log index " + index + " is not in the witnessed checkpoint of size "
						+ checkpoint.get().size() + ": the stored log differs from what the witnesses saw");
			}
		}
		return new Audit(indexes, checkpoint, paths, problems, refusals);
	}

	/** The inclusion path of each entry in the checkpoint, from the stored nodes (one query for all). */
	private Mono<Map<String, List<byte[]>>> proofs(Map<String, Long> indexes, Optional<Witnessed> checkpoint) {
		if (checkpoint.isEmpty()) {
			return Mono.just(Map.of());
		}
		long size = checkpoint.get().size();
		Map<String, ProofPlan> plans = new LinkedHashMap<>();
		indexes.forEach((hash, index) -> {
			if (index < size) {
				plans.put(hash, InclusionProof.plan(index, size));
			}
		});
		Set<Subtree> subtrees = new LinkedHashSet<>();
		plans.values().forEach((plan) -> subtrees.addAll(plan.subtrees()));
		return store.nodes(subtrees).map((nodes) -> {
			Map<String, List<byte[]>> paths = new LinkedHashMap<>();
			plans.forEach((hash, plan) -> paths.put(hash, plan.assemble((at) -> nodes.getOrDefault(at, new byte[32]))));
			return paths;
		});
	}

	/** The newest checkpoint signed by the log and cosigned by a configured witness (any, if none is configured). */
	public Mono<Optional<Witnessed>> witnessed() {
		return key.verifier().flatMap((log) -> store.checkpoints(CHECKPOINTS_SEARCHED)
			.filter((stored) -> witnessedBy(stored, log).isPresent())
			.next()
			.map((stored) -> witnessedBy(stored, log))
			.defaultIfEmpty(Optional.empty()));
	}

	private Optional<Witnessed> witnessedBy(StoredCheckpoint stored, VerifierKey log) {
		try {
			String full = stored.note() + stored.cosignatures();
			Note note = Note.parse(full);
			if (!note.isSignedBy(log)) {
				return Optional.empty();
			}
			List<VerifierKey> by = witnesses.keys().stream().filter(note::isSignedBy).toList();
			if (witnesses.any() && by.isEmpty()) {
				return Optional.empty();
			}
			Checkpoint checkpoint = Checkpoint.parse(note.text());
			return Optional.of(new Witnessed(checkpoint.size(), checkpoint.root(), full, by.size()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A checkpoint a verifier can trust, with how many configured witnesses cosigned it. */
	public record Witnessed(long size, byte[] root, String note, int witnesses) {
	}

	/**
	 * What the log says of some entries: their indexes (absent: not sequenced yet), the witnessed checkpoint,
	 * each sequenced entry's inclusion path in it, every problem found, and the latest witness refusals.
	 */
	public record Audit(Map<String, Long> indexes, Optional<Witnessed> checkpoint, Map<String, List<byte[]>> paths,
			List<String> problems, List<Refusal> refusals) {

		public boolean valid() {
			return problems.isEmpty() && refusals.isEmpty();
		}

	}

}
