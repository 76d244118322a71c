package org.karvon.identity.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.karvon.database.Binds;
import org.karvon.identity.AccountStanding;
import org.karvon.identity.UserAccount;
import org.karvon.kernel.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. A user's country is a country admin's own or an officer's post's. */
@Repository
public class UserAccounts {

	private static final String SELECT = """
			select u.*, coalesce(u.country, p.country) as works_for
			from app_user u left join customs_post p on p.code = u.post_code""";

	/** Username contains the text (case-insensitive), optionally only officers of one country. */
	private static final String MATCHING = " where (:q = '' or strpos(lower(u.username), lower(:q)) > 0)"
			+ " and (:country = '' or (u.role = 'OFFICER' and p.country = :country))";

	private final DatabaseClient db;

	UserAccounts(DatabaseClient db) {
		this.db = db;
	}

	public Mono<UserAccount> add(UserAccount user) {
		var spec = db.sql("""
				insert into app_user (id, username, password_hash, role, organization_id, post_code, country, created_at)
				values (:id, :username, :hash, :role, :org, :post, :country, :at)""")
			.bind("id", user.id())
			.bind("username", user.username())
			.bind("hash", user.passwordHash())
			.bind("role", user.role().name())
			.bind("at", user.createdAt().atOffset(ZoneOffset.UTC));
		spec = Binds.nullable(spec, "org", Optional.ofNullable(user.organizationId()), UUID.class);
		spec = Binds.nullable(spec, "post", Optional.ofNullable(user.postCode()), String.class);
		spec = Binds.nullable(spec, "country",
				Optional.ofNullable(user.role() == Role.COUNTRY_ADMIN ? user.country() : null), String.class);
		return spec.then().thenReturn(user);
	}

	public Mono<UserAccount> byUsername(String username) {
		return db.sql(SELECT + " where lower(u.username) = lower(:username)")
			.bind("username", username)
			.map(UserAccounts::read)
			.one();
	}

	public Mono<UserAccount> byId(UUID id) {
		return db.sql(SELECT + " where u.id = :id").bind("id", id).map(UserAccounts::read).one();
	}

	/** Disabling also retires every token the user holds; enabling lets only new ones work. */
	public Mono<Void> setEnabled(UUID id, boolean enabled) {
		return db.sql("""
				update app_user set enabled = :enabled,
				  token_version = token_version + case when :enabled then 0 else 1 end
				where id = :id""")
			.bind("id", id)
			.bind("enabled", enabled)
			.then();
	}

	/** A new password retires every token issued with the old one. */
	public Mono<Void> setPasswordHash(UUID id, String hash) {
		return db.sql("update app_user set password_hash = :hash, token_version = token_version + 1 where id = :id")
			.bind("id", id)
			.bind("hash", hash)
			.then();
	}

	public Mono<AccountStanding> standing(UUID id) {
		return db.sql("select enabled, token_version from app_user where id = :id")
			.bind("id", id)
			.map((row) -> new AccountStanding(Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
					row.get("token_version", Integer.class)))
			.one();
	}

	/** Users whose name contains {@code q} (prefix matches first); {@code country} empty: all users. */
	public Flux<UserAccount> search(String q, String country, int page, int size) {
		return db.sql(SELECT + MATCHING + " order by strpos(lower(u.username), lower(:q)) = 1 desc, lower(u.username)"
				+ " limit :size offset :offset")
			.bind("q", q)
			.bind("country", country)
			.bind("size", size)
			.bind("offset", (long) page * size)
			.map(UserAccounts::read)
			.all();
	}

	public Mono<Long> count(String q, String country) {
		return db.sql("select count(*) as n from app_user u left join customs_post p on p.code = u.post_code" + MATCHING)
			.bind("q", q)
			.bind("country", country)
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	public Mono<Boolean> any() {
		return db.sql("select exists (select 1 from app_user) as present")
			.map((row) -> Boolean.TRUE.equals(row.get("present", Boolean.class)))
			.one();
	}

	static UserAccount read(Readable row) {
		String country = row.get("works_for", String.class);
		return new UserAccount(row.get("id", UUID.class), row.get("username", String.class),
				row.get("password_hash", String.class), Role.valueOf(row.get("role", String.class)),
				row.get("organization_id", UUID.class), trimmed(row.get("post_code", String.class)), trimmed(country),
				Boolean.TRUE.equals(row.get("enabled", Boolean.class)), row.get("token_version", Integer.class),
				Organizations.toInstant(row.get("created_at", OffsetDateTime.class)));
	}

	private static String trimmed(String text) {
		return text == null ? null : text.trim();
	}

}
