package org.karvon.scan.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.Page;
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
				insert into scan_log (scanned_at, officer, post_code, country, verdict, consignment_number, method)
				values (:at, :officer, :post, :country, :verdict, :number, :method)""")
			.bind("at", entry.at().atOffset(ZoneOffset.UTC))
			.bind("officer", entry.officer())
			.bind("post", entry.post())
			.bind("country", entry.country())
			.bind("verdict", entry.verdict().name())
			.bind("method", entry.method().name());
		spec = entry.number().isPresent() ? spec.bind("number", entry.number().get()) : spec.bindNull("number", String.class);
		return spec.then();
	}

	/** The scans of one consignment, newest first. */
	public Mono<Page<ScanEntry>> of(ConsignmentNumber number, int page, int size) {
		var items = db.sql("""
				select * from scan_log where consignment_number = :number
				order by scanned_at desc, id desc limit :limit offset :offset""")
			.bind("number", number.toString())
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(ScanLog::read)
			.all()
			.collectList();
		var total = db.sql("select count(*) as total from scan_log where consignment_number = :number")
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
				ScanMethod.valueOf(row.get("method", String.class)));
	}

}
