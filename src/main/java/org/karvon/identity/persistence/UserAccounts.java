package org.karvon.identity.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.karvon.database.Binds;
import org.karvon.identity.UserAccount;
import org.karvon.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccounts {

	private final DatabaseClient db;

	UserAccounts(DatabaseClient db) {
		this.db = db;
	}

	public Mono<UserAccount> add(UserAccount user) {
		var spec = db.sql("""
				insert into app_user (id, username, password_hash, role, organization_id, post_code, created_at)
				values (:id, :username, :hash, :role, :org, :post, :at)""")
			.bind("id", user.id())
			.bind("username", user.username())
			.bind("hash", user.passwordHash())
			.bind("role", user.role().name())
			.bind("at", user.createdAt().atOffset(ZoneOffset.UTC));
		spec = Binds.nullable(spec, "org", Optional.ofNullable(user.organizationId()), UUID.class);
		spec = Binds.nullable(spec, "post", Optional.ofNullable(user.postCode()), String.class);
		return spec.then().thenReturn(user);
	}

	public Mono<UserAccount> byUsername(String username) {
		return db.sql("select * from app_user where username = :username")
			.bind("username", username)
			.map(UserAccounts::read)
			.one();
	}

	public Mono<Boolean> any() {
		return db.sql("select exists (select 1 from app_user) as present")
			.map((row) -> Boolean.TRUE.equals(row.get("present", Boolean.class)))
			.one();
	}

	public Flux<UserAccount> all() {
		return db.sql("select * from app_user order by username").map(UserAccounts::read).all();
	}

	static UserAccount read(Readable row) {
		return new UserAccount(row.get("id", UUID.class), row.get("username", String.class),
				row.get("password_hash", String.class), Role.valueOf(row.get("role", String.class)),
				row.get("organization_id", UUID.class), row.get("post_code", String.class),
				Organizations.toInstant(row.get("created_at", OffsetDateTime.class)));
	}

}
