package org.karvon.keys.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

import io.r2dbc.spi.Row;
import org.karvon.keys.KeyPurpose;
import org.karvon.keys.KeyState;
import org.karvon.keys.StoredKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The wrapped keys every instance shares. Every change of which key is active (first key, rotation,
 * revocation) runs in one transaction under a per-purpose advisory lock, so two concurrent changes are
 * serialized and the purpose never ends up without an active key.
 */
@Repository
public class WrappedKeyStore {

	private static final String COLUMNS = "purpose, kid, wrapped, public_key, state, created_at, retired_at, revoked_at";

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	WrappedKeyStore(DatabaseClient db, TransactionalOperator transactions) {
		this.db = db;
		this.transactions = transactions;
	}

	/** Every key of the purpose, oldest first. */
	public Flux<StoredKey> of(KeyPurpose purpose) {
		return db.sql("select " + COLUMNS + " from wrapped_key where purpose = :purpose order by created_at, kid")
			.bind("purpose", purpose.label())
			.map((row, meta) -> read(row))
			.all();
	}

	public Flux<StoredKey> all() {
		return db.sql("select " + COLUMNS + " from wrapped_key order by purpose, created_at, kid").map((row, meta) -> read(row)).all();
	}

	/** Adds {@code fresh} as the active key unless the purpose already has one. */
	public Mono<Void> ensureActive(KeyPurpose purpose, Supplier<StoredKey> fresh) {
		return locked(purpose, activeKid(purpose).hasElement()
			.flatMap((present) -> present ? Mono.<Void>empty() : insert(fresh.get())));
	}

	/** Makes {@code fresh} the active key; the previous active key is retired at {@code now}. */
	public Mono<Void> rotate(StoredKey fresh, Instant now) {
		return locked(fresh.purpose(), retireActive(fresh.purpose(), now).then(insert(fresh)));
	}

	/**
	 * Revokes {@code kid}; if it is the active key, {@code replacement} becomes active in the same
	 * transaction. Empty when the purpose has no such key; an already revoked key is returned as it is.
	 */
	public Mono<StoredKey> revoke(KeyPurpose purpose, String kid, Instant now, Supplier<StoredKey> replacement) {
		return locked(purpose, one(purpose, kid).flatMap((key) -> {
			if (key.state() == KeyState.REVOKED) {
				return Mono.just(key);
			}
			Mono<Void> successor = (key.state() == KeyState.ACTIVE) ? insert(replacement.get()) : Mono.empty();
			return db.sql("update wrapped_key set state = 'REVOKED', revoked_at = :now, retired_at = coalesce(retired_at, :now) "
					+ "where purpose = :purpose and kid = :kid")
				.bind("now", at(now))
				.bind("purpose", purpose.label())
				.bind("kid", kid)
				.then()
				.then(successor)
				.then(one(purpose, kid));
		}));
	}

	/** Forgets retired keys of the purpose retired before {@code cutoff} (token keys past one token lifetime). */
	public Mono<Long> dropRetiredBefore(KeyPurpose purpose, Instant cutoff) {
		return db.sql("delete from wrapped_key where purpose = :purpose and state = 'RETIRED' and retired_at < :cutoff")
			.bind("purpose", purpose.label())
			.bind("cutoff", at(cutoff))
			.fetch()
			.rowsUpdated();
	}

	private Mono<StoredKey> one(KeyPurpose purpose, String kid) {
		return db.sql("select " + COLUMNS + " from wrapped_key where purpose = :purpose and kid = :kid")
			.bind("purpose", purpose.label())
			.bind("kid", kid)
			.map((row, meta) -> read(row))
			.one();
	}

	private Mono<String> activeKid(KeyPurpose purpose) {
		return db.sql("select kid from wrapped_key where purpose = :purpose and state = 'ACTIVE' limit 1")
			.bind("purpose", purpose.label())
			.map((row, meta) -> row.get("kid", String.class))
			.one();
	}

	private Mono<Void> retireActive(KeyPurpose purpose, Instant now) {
		return db.sql("update wrapped_key set state = 'RETIRED', retired_at = :now where purpose = :purpose and state = 'ACTIVE'")
			.bind("now", at(now))
			.bind("purpose", purpose.label())
			.then();
	}

	private Mono<Void> insert(StoredKey key) {
		var spec = db.sql("insert into wrapped_key (purpose, kid, wrapped, public_key, state, created_at) "
				+ "values (:purpose, :kid, :wrapped, :public, :state, :created)")
			.bind("purpose", key.purpose().label())
			.bind("kid", key.kid())
			.bind("wrapped", key.wrapped())
			.bind("state", key.state().name())
			.bind("created", at(key.createdAt()));
		spec = (key.publicKey() != null) ? spec.bind("public", key.publicKey()) : spec.bindNull("public", byte[].class);
		return spec.then();
	}

	private <T> Mono<T> locked(KeyPurpose purpose, Mono<T> work) {
		return db.sql("select 1 as locked from pg_advisory_xact_lock(hashtextextended(:name, 19))")
			.bind("name", "karvon-keys:" + purpose.label())
			.fetch()
			.first()
			.then(work)
			.as(transactions::transactional);
	}

	private static StoredKey read(Row row) {
		return new StoredKey(KeyPurpose.ofLabel(row.get("purpose", String.class)), row.get("kid", String.class),
				row.get("wrapped", byte[].class), row.get("public_key", byte[].class),
				KeyState.valueOf(row.get("state", String.class)), instant(row, "created_at"),
				instant(row, "retired_at"), instant(row, "revoked_at"));
	}

	private static Instant instant(Row row, String column) {
		return Optional.ofNullable(row.get(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
