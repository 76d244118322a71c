package org.karvon.scan.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.Page;
import org.karvon.scan.ScanEntry;
import org.karvon.scan.ScanMethod;
import org.karvon.scan.Verdict;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The append-only audit of every scan; rows are inserted, never changed or deleted. */
@Repository
public class ScanLog {

	private final DatabaseClient db;

	ScanLog(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> append(ScanEntry entry) {
		var spec = db.sql("""
				insert into scan_log (scanned_at, officer, post_code, country, verdict, consignment_number, method, granted)
				values (:at, :officer, :post, :country, :verdict, :number, :method, :granted)""")
			.bind("at", entry.at().atOffset(ZoneOffset.UTC))
			.bind("officer", entry.officer())
			.bind("post", entry.post())
			.bind("country", entry.country())
			.bind("verdict", entry.verdict().name())
			.bind("method", entry.method().name())
			.bind("granted", entry.granted());
		spec = entry.number().isPresent() ? spec.bind("number", entry.number().get()) : spec.bindNull("number", String.class);
		return spec.then();
	}

	/** The scans of one consignment, newest first. */
	public Mono<Page<ScanEntry>> of(ConsignmentNumber number, int page, int size) {
		return page(number, false, page, size);
	}

	/** The scans of one consignment that opened it to a post off its itinerary, newest first. */
	public Mono<Page<ScanEntry>> grantsOf(ConsignmentNumber number, int page, int size) {
		return page(number, true, page, size);
	}

	/**
	 * Takes the officer's turn for granting until the transaction ends, so that parallel scans by one
	 * officer count each other's grants and the daily bound holds.
	 */
	public Mono<Void> lockGrantsOf(String officer) {
		return db.sql("select 1 as locked from pg_advisory_xact_lock(hashtextextended(:officer, 7))")
			.bind("officer", "grants:" + officer)
			.map((row) -> true)
			.one()
			.then();
	}

	/** How many grants the officer obtained since then. */
	public Mono<Long> grantsBy(String officer, Instant since) {
		return db.sql("select count(*) as n from scan_log where officer = :officer and granted and scanned_at > :since")
			.bind("officer", officer)
			.bind("since", since.atOffset(ZoneOffset.UTC))
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	private Mono<Page<ScanEntry>> page(ConsignmentNumber number, boolean grantsOnly, int page, int size) {
		String where = " where consignment_number = :number" + (grantsOnly ? " and granted" : "");
		var items = db.sql("select * from scan_log" + where + " order by scanned_at desc, id desc limit :limit offset :offset")
			.bind("number", number.toString())
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(ScanLog::read)
			.all()
			.collectList();
		var total = db.sql("select count(*) as total from scan_log" + where)
			.bind("number", number.toString())
			.map((row) -> row.get("total", Long.class))
			.one();
		return Mono.zip(items, total, (found, count) -> new Page<>(found, page, size, count));
	}

	private static ScanEntry read(Readable row) {
		return new ScanEntry(row.get("scanned_at", OffsetDateTime.class).toInstant(), row.get("officer", String.class),
				row.get("post_code", String.class).trim(), row.get("country", String.class).trim(),
				Verdict.valueOf(row.get("verdict", String.class)),
				Optional.ofNullable(row.get("consignment_number", String.class)).map(String::trim),
				ScanMethod.valueOf(row.get("method", String.class)), row.get("granted", Boolean.class));
	}

}
