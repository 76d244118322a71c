package org.karvon.journal.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.database.Binds;
import org.karvon.kernel.CountryCode;
import org.karvon.journal.NextStop;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Consignments heading into a member state. Every change is announced with NOTIFY on channel
 * {@value #CHANNEL} inside the writing transaction, so listeners hear of it only once it committed.
 */
@Repository
public class ExpectedArrivals {

	public static final String CHANNEL = "karvon_expected";

	private final DatabaseClient db;

	ExpectedArrivals(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> expect(ConsignmentNumber number, NextStop.Expected expected, String fromPost, Instant since) {
		var upsert = db.sql("""
				insert into expected_arrival (consignment_number, country, post_code, from_post, since)
				values (:number, :country, :post, :from, :since)
				on conflict (consignment_number) do update set country = excluded.country, post_code = excluded.post_code,
				  from_post = excluded.from_post, since = excluded.since""")
			.bind("number", number.toString())
			.bind("country", expected.country())
			.bind("from", fromPost)
			.bind("since", Consignments.utc(since));
		upsert = Binds.nullable(upsert, "post", Optional.ofNullable(expected.postCode()), String.class);
		return upsert.then().then(announce(number, expected.country(), "expected"));
	}

	/** Removes the expectation once the cargo entered that country, arrived or the record closed. */
	public Mono<Void> settle(ConsignmentNumber number) {
		return db.sql("delete from expected_arrival where consignment_number = :number returning country")
			.bind("number", number.toString())
			.map((row) -> row.get("country", String.class))
			.all()
			.flatMap((country) -> announce(number, country, "gone"))
			.then();
	}

	/** The country the consignment is expected in next, if any. */
	public Mono<Optional<CountryCode>> countryOf(ConsignmentNumber number) {
		return db.sql("select country from expected_arrival where consignment_number = :number")
			.bind("number", number.toString())
			.map((row) -> CountryCode.parse(row.get("country", String.class)))
			.one()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * Tells the posts of each of these states that the cargo entered a country off its route, where:
	 * the {@code deviated} event of their live streams.
	 */
	public Mono<Void> deviated(ConsignmentNumber number, String atPost, List<String> countries) {
		return Flux.fromIterable(countries)
			.concatMap((country) -> notify("deviated," + number + "," + country + "," + atPost))
			.then();
	}

	/** Expected in the post's country: that post first, then the rest of the country, oldest first. */
	public Flux<ExpectedRow> at(String postCode, String country, int limit) {
		return db.sql(SELECT + " where e.country = :country order by (e.post_code = :post) desc nulls last, e.since limit :limit")
			.bind("country", country)
			.bind("post", postCode)
			.bind("limit", limit)
			.map(ExpectedArrivals::read)
			.all();
	}

	public Mono<ExpectedRow> one(String number) {
		return db.sql(SELECT + " where e.consignment_number = :number").bind("number", number).map(ExpectedArrivals::read).one();
	}

	private static final String SELECT = """
			select e.consignment_number, e.country, e.post_code, e.from_post, e.since, c.status, c.destination_post,
			  array(select jsonb_array_elements_text(c.details -> 'transport' -> 'vehiclePlates')) as plates, c.seals
			from expected_arrival e join consignment c on c.number = e.consignment_number""";

	private static ExpectedRow read(io.r2dbc.spi.Readable row) {
		return new ExpectedRow(row.get("consignment_number", String.class), row.get("country", String.class),
				row.get("post_code", String.class), row.get("from_post", String.class),
				row.get("since", OffsetDateTime.class).toInstant(), row.get("status", String.class),
				row.get("destination_post", String.class), List.of(row.get("plates", String[].class)),
				List.of(row.get("seals", String[].class)));
	}

	private Mono<Void> announce(ConsignmentNumber number, String country, String kind) {
		return notify(kind + "," + number + "," + country);
	}

	/** {@code kind,number,country}, and for {@code deviated} also {@code ,post}. */
	private Mono<Void> notify(String payload) {
		return db.sql("select pg_notify(:channel, :payload)").bind("channel", CHANNEL).bind("payload", payload).then();
	}

	/** One consignment expected at a post, with the facts an officer prepares for. */
	public record ExpectedRow(String number, String country, String post, String fromPost, Instant since, String status,
			String destinationPost, List<String> vehiclePlates, List<String> seals) {
	}

}
