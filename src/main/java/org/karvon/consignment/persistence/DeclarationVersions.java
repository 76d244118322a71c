package org.karvon.consignment.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.DeclarationChain;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The declaration chain of each record (schema V30). Its entries are written by the database's triggers
 * in the transaction that registers, amends, cancels or grants, and queued into the transparency log
 * there; this class only reads them.
 */
@Repository
public class DeclarationVersions {

	private static final String SELECT = """
			select d.*, l.index as log_index from declaration_version d
			left join log_leaf l on l.entry_hash = decode(d.hash, 'hex')""";

	private final DatabaseClient db;

	DeclarationVersions(DatabaseClient db) {
		this.db = db;
	}

	/** An entry and its index in the transparency log, null until sequenced. */
	public record Logged(DeclarationEntry entry, Long logIndex) {
	}

	public Flux<Logged> entries(ConsignmentNumber number) {
		return db.sql(SELECT + " where d.consignment_number = :number order by d.seq")
			.bind("number", number.toString())
			.map(DeclarationVersions::read)
			.all();
	}

	/** The REGISTERED or AMENDED entry that declared this version, if the chain holds it. */
	public Mono<Logged> declaring(ConsignmentNumber number, int version) {
		return db.sql(SELECT + " where d.consignment_number = :number and d.version = :version"
				+ " and d.declaration is not null")
			.bind("number", number.toString())
			.bind("version", version)
			.map(DeclarationVersions::read)
			.one();
	}

	/**
	 * The record's version, cancellation and declaration straight from its row (never a cached parse),
	 * the declaration in the chain's canonical text, written by the same SQL function the triggers use.
	 */
	public Mono<DeclarationChain.Declared> declared(ConsignmentNumber number) {
		return db.sql("select version, status, declaration_canonical(details) as declaration from consignment "
				+ "where number = :number")
			.bind("number", number.toString())
			.map((row) -> new DeclarationChain.Declared(row.get("version", Integer.class),
					ConsignmentStatus.CANCELLED.name().equals(row.get("status", String.class)),
					row.get("declaration", String.class)))
			.one();
	}

	private static Logged read(Readable row) {
		DeclarationEntry entry = new DeclarationEntry(row.get("consignment_number", String.class),
				row.get("seq", Integer.class), row.get("version", Integer.class),
				DeclarationKind.valueOf(row.get("kind", String.class)), row.get("post_code", String.class),
				Optional.ofNullable(row.get("declaration", String.class)), row.get("declaration_hash", String.class),
				row.get("prev_hash", String.class), row.get("hash", String.class),
				row.get("at", OffsetDateTime.class).toInstant());
		return new Logged(entry, row.get("log_index", Long.class));
	}

}
