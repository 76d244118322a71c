package org.karvon.signing.persistence;

import org.karvon.signing.SigningKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The signing keys, private parts included, kept in the database every instance shares. */
@Repository
public class SigningKeyStore {

	private final DatabaseClient db;

	SigningKeyStore(DatabaseClient db) {
		this.db = db;
	}

	public Flux<SigningKey> all() {
		return db.sql("select jwk, active from signing_key order by created_at")
			.map((row) -> SigningKey.fromJson(row.get("jwk", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.all();
	}

	public Mono<Void> add(SigningKey key) {
		return db.sql("insert into signing_key (kid, jwk, active, created_at) values (:kid, :jwk, :active, :at)")
			.bind("kid", key.kid())
			.bind("jwk", key.toJson())
			.bind("active", key.active())
			.bind("at", key.createdAt().atOffset(java.time.ZoneOffset.UTC))
			.then();
	}

	/** Makes {@code kid} the only key that signs; older keys keep verifying. */
	public Mono<Void> retireAllBut(String kid) {
		return db.sql("update signing_key set active = false where kid <> :kid").bind("kid", kid).then();
	}

}
