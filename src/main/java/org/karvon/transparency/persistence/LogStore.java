package org.karvon.transparency.persistence;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.karvon.transparency.Node;
import org.karvon.transparency.Subtree;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The stored log: leaves, complete-subtree nodes and published checkpoints (schema V10). */
@Repository
public class LogStore {

	private final DatabaseClient db;

	LogStore(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Long> size() {
		return db.sql("select coalesce(max(index) + 1, 0) as size from log_leaf")
			.map((row) -> row.get("size", Long.class))
			.one();
	}

	/** Appends leaves from index {@code start} on, and the nodes they complete, in one statement each. */
	public Mono<Void> append(long start, List<byte[]> entries, List<Node> nodes) {
		Long[] indexes = new Long[entries.size()];
		String[] hashes = new String[entries.size()];
		for (int i = 0; i < entries.size(); i++) {
			indexes[i] = start + i;
			hashes[i] = HexFormat.of().formatHex(entries.get(i));
		}
		Mono<Void> leaves = db.sql("insert into log_leaf (index, entry_hash) "
				+ "select i, decode(h, 'hex') from unnest(:indexes::bigint[], :hashes::text[]) as t(i, h)")
			.bind("indexes", indexes)
			.bind("hashes", hashes)
			.then();
		return leaves.then(insert(nodes));
	}

	private Mono<Void> insert(List<Node> nodes) {
		Integer[] levels = nodes.stream().map((node) -> node.at().level()).toArray(Integer[]::new);
		Long[] indexes = nodes.stream().map((node) -> node.at().index()).toArray(Long[]::new);
		String[] hashes = nodes.stream().map((node) -> HexFormat.of().formatHex(node.hash())).toArray(String[]::new);
		return db.sql("insert into log_node (level, index, hash) select l, i, decode(h, 'hex') "
				+ "from unnest(:levels::smallint[], :indexes::bigint[], :hashes::text[]) as t(l, i, h)")
			.bind("levels", levels)
			.bind("indexes", indexes)
			.bind("hashes", hashes)
			.then();
	}

	/** The stored hashes of these subtrees, in one query (a proof or tree head needs O(log n) of them). */
	public Mono<Map<Subtree, byte[]>> nodes(Collection<Subtree> subtrees) {
		if (subtrees.isEmpty()) {
			return Mono.just(Map.of());
		}
		Integer[] levels = subtrees.stream().map(Subtree::level).toArray(Integer[]::new);
		Long[] indexes = subtrees.stream().map(Subtree::index).toArray(Long[]::new);
		return db.sql("select n.level, n.index, n.hash from log_node n "
				+ "join unnest(:levels::smallint[], :indexes::bigint[]) as t(l, i) on n.level = t.l and n.index = t.i")
			.bind("levels", levels)
			.bind("indexes", indexes)
			.map((row) -> new Node(new Subtree(row.get("level", Integer.class), row.get("index", Long.class)),
					bytes(row.get("hash", ByteBuffer.class))))
			.all()
			.collectMap(Node::at, Node::hash, HashMap::new)
			.map((found) -> found);
	}

	/** Entry hashes of leaves {@code [from, to)}, in index order. */
	public Flux<byte[]> leaves(long from, long to) {
		return db.sql("select entry_hash from log_leaf where index >= :from and index < :to order by index")
			.bind("from", from)
			.bind("to", to)
			.map((row) -> bytes(row.get("entry_hash", ByteBuffer.class)))
			.all();
	}

	public Mono<StoredCheckpoint> latestCheckpoint() {
		return db.sql("select size, note, cosignatures from log_checkpoint order by size desc limit 1")
			.map((row) -> new StoredCheckpoint(row.get("size", Long.class), row.get("note", String.class),
					row.get("cosignatures", String.class)))
			.one();
	}

	public Mono<Void> saveCheckpoint(long size, byte[] root, String note, String cosignatures) {
		return db.sql("insert into log_checkpoint (size, root, note, cosignatures) values (:size, :root, :note, :cosignatures) "
				+ "on conflict (size) do update set cosignatures = excluded.cosignatures")
			.bind("size", size)
			.bind("root", ByteBuffer.wrap(root))
			.bind("note", note)
			.bind("cosignatures", cosignatures)
			.then();
	}

	/** The log index of each of these entry hashes that is in the log, keyed by the lowercase hex hash. */
	public Mono<Map<String, Long>> indexesOf(Collection<String> hexHashes) {
		if (hexHashes.isEmpty()) {
			return Mono.just(Map.of());
		}
		return db.sql("select index, encode(entry_hash, 'hex') as hash from log_leaf "
				+ "where entry_hash in (select decode(h, 'hex') from unnest(:hashes::text[]) as t(h))")
			.bind("hashes", hexHashes.toArray(String[]::new))
			.map((row) -> Map.entry(row.get("hash", String.class), row.get("index", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new)
			.map((found) -> found);
	}

	/**
	 * Which of these entry hashes wait in the queue or are in the log by now: one statement, one snapshot, so an
	 * entry the sequencer moves from the queue to the log in between is never reported missing.
	 */
	public Mono<Set<String>> queued(Collection<String> hexHashes) {
		if (hexHashes.isEmpty()) {
			return Mono.just(Set.of());
		}
		return db.sql("with wanted as (select decode(h, 'hex') as entry_hash from unnest(:hashes::text[]) as t(h)) "
				+ "select encode(entry_hash, 'hex') as hash from log_queue where entry_hash in (select entry_hash from wanted) "
				+ "union select encode(entry_hash, 'hex') from log_leaf where entry_hash in (select entry_hash from wanted)")
			.bind("hashes", hexHashes.toArray(String[]::new))
			.map((row) -> row.get("hash", String.class))
			.all()
			.collect(Collectors.toSet());
	}

	/** Published checkpoints, newest first, at most {@code limit}. */
	public Flux<StoredCheckpoint> checkpoints(int limit) {
		return db.sql("select size, note, cosignatures from log_checkpoint order by size desc limit :limit")
			.bind("limit", limit)
			.map((row) -> new StoredCheckpoint(row.get("size", Long.class), row.get("note", String.class),
					row.get("cosignatures", String.class)))
			.all();
	}

	public Mono<Void> saveRefusal(String witness, long size, int status, String reason) {
		return db.sql("insert into log_witness_refusal (witness, size, status, reason) values (:witness, :size, :status, :reason)")
			.bind("witness", witness)
			.bind("size", size)
			.bind("status", status)
			.bind("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
			.then();
	}

	/** The most recent witness refusals, newest first. */
	public Flux<Refusal> refusals(int limit) {
		return db.sql("select witness, size, status, reason, refused_at from log_witness_refusal order by id desc limit :limit")
			.bind("limit", limit)
			.map((row) -> new Refusal(row.get("witness", String.class), row.get("size", Long.class),
					row.get("status", Integer.class), row.get("reason", String.class),
					row.get("refused_at", java.time.OffsetDateTime.class).toInstant()))
			.all();
	}

	/** When the newest checkpoint was published, if any. */
	public Mono<java.time.Instant> lastCheckpointAt() {
		return db.sql("select created_at from log_checkpoint order by size desc limit 1")
			.map((row) -> row.get("created_at", java.time.OffsetDateTime.class).toInstant())
			.one();
	}

	static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	/** A witness's answer that was not a cosignature: its HTTP status (or 0) and its reason. */
	public record Refusal(String witness, long size, int status, String reason, java.time.Instant at) {
	}

	/** A published checkpoint: the log-signed note, and the witnesses' cosignature lines (possibly none). */
	public record StoredCheckpoint(long size, String note, String cosignatures) {

		public Optional<String> cosigned() {
			return cosignatures.isEmpty() ? Optional.empty() : Optional.of(note + cosignatures);
		}

	}

}
