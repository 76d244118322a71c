package org.karvon.transparency.persistence;

import java.nio.ByteBuffer;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Entries waiting for a log index. {@link #enqueue} is what an append calls inside its own transaction;
 * {@link #claim} is only for the sequencer, inside the transaction that holds the sequencing lock.
 */
@Repository
public class LogQueue {

	/** The advisory lock key ("KRVNLOG" in ASCII) that makes sequencing one-at-a-time across instances. */
	static final long SEQUENCER_LOCK = 0x4B52564E4C4F47L;

	private final DatabaseClient db;

	LogQueue(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> enqueue(byte[] entryHash) {
		return db.sql("insert into log_queue (entry_hash) values (:hash)").bind("hash", ByteBuffer.wrap(entryHash)).then();
	}

	/** Takes the transaction-scoped sequencing lock, or says another sequencer holds it. */
	public Mono<Boolean> lockForSequencing() {
		return db.sql("select pg_try_advisory_xact_lock(:key) as locked")
			.bind("key", SEQUENCER_LOCK)
			.map((row) -> row.get("locked", Boolean.class))
			.one();
	}

	/** Removes and returns the oldest committed entries, at most {@code limit}, in queue order. */
	public Mono<List<byte[]>> claim(int limit) {
		return db.sql("delete from log_queue where id in (select id from log_queue order by id limit :limit) "
				+ "returning id, entry_hash")
			.bind("limit", limit)
			.map((row) -> new Object[] { row.get("id", Long.class), LogStore.bytes(row.get("entry_hash", ByteBuffer.class)) })
			.all()
			.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]))
			.map((pair) -> (byte[]) pair[1])
			.collectList();
	}

}
