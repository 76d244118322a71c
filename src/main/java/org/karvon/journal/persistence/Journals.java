package org.karvon.journal.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.kernel.CountryCode;
import org.karvon.consignment.CurrentLocation;
import org.karvon.kernel.PostCode;
import org.karvon.consignment.Seal;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.database.Binds;
import org.karvon.journal.Anomaly;
import org.karvon.consignment.EventType;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.Trail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The movement journals: events, and the journal's head and trail kept on the consignment row. */
@Repository
public class Journals {

	private final DatabaseClient db;

	private final Consignments consignments;

	Journals(DatabaseClient db, Consignments consignments) {
		this.db = db;
		this.consignments = consignments;
	}

	/**
	 * Reads and row-locks a consignment for an append. The lock makes concurrent appends to one
	 * journal take turns, so each sees the head the previous one left: one linear chain, no fork.
	 */
	public Mono<Journey> lock(ConsignmentNumber number) {
		return db.sql(Consignments.SELECT + " where c.number = :number for update of c")
			.bind("number", number.toString())
			.map((row) -> new Journey(consignments.read(row), trail(row)))
			.one();
	}

	/** The trail without locking, for reads that only look. */
	public Mono<Trail> trailOf(ConsignmentNumber number) {
		return db.sql("select departure_post, trail_entered, trail_current, trail_last_exit from consignment where number = :number")
			.bind("number", number.toString())
			.map(Journals::trail)
			.one();
	}

	public Mono<StoredEvent> event(UUID id) {
		return db.sql("select * from movement_event where id = :id").bind("id", id).map(Journals::readEvent).one();
	}

	public Flux<StoredEvent> events(ConsignmentNumber number, long fromSeq, int limit) {
		return db.sql("""
				select * from movement_event where consignment_number = :number and seq >= :from
				order by seq limit :limit""")
			.bind("number", number.toString())
			.bind("from", fromSeq)
			.bind("limit", limit)
			.map(Journals::readEvent)
			.all();
	}

	public Flux<StoredEvent> allEvents(ConsignmentNumber number) {
		return db.sql("select * from movement_event where consignment_number = :number order by seq")
			.bind("number", number.toString())
			.map(Journals::readEvent)
			.all();
	}

	/** Appends the event and moves the record's head, status, seals, location and trail with it. */
	public Mono<Void> append(StoredEvent event, Consignment after, Trail trail) {
		var insert = db.sql("""
				insert into movement_event (id, consignment_number, seq, type, post_code, country, officer, occurred_at,
				  recorded_at, payload, anomalies, prev_hash, hash)
				values (:id, :number, :seq, :type, :post, :country, :officer, :occurredAt, :recordedAt, :payload,
				  :anomalies, :prevHash, :hash)""")
			.bind("id", event.id())
			.bind("number", event.consignmentNumber().toString())
			.bind("seq", event.seq())
			.bind("type", event.type().name())
			.bind("post", event.postCode().toString())
			.bind("country", event.country().toString())
			.bind("officer", event.officer())
			.bind("occurredAt", Consignments.utc(event.occurredAt()))
			.bind("recordedAt", Consignments.utc(event.recordedAt()))
			.bind("payload", event.payload())
			.bind("anomalies", event.anomalies().stream().map(Anomaly::name).toArray(String[]::new))
			.bind("prevHash", event.prevHash())
			.bind("hash", event.hash())
			.then();
		return insert.then(moveHead(event, after, trail));
	}

	private Mono<Void> moveHead(StoredEvent event, Consignment after, Trail trail) {
		Optional<CurrentLocation> location = after.location();
		var update = db.sql("""
				update consignment set status = :status, seals = :seals, location_country = :locCountry,
				  location_post = :locPost, location_at = :locAt, arrived_at = :arrivedAt, held_by = :heldBy,
				  journal_length = :length, transport_mode = :mode, transport_plates = :plates, transport_wagons = :wagons,
				  transport_vessel = :vessel,
				  journal_head = :head, trail_entered = :entered, trail_current = :current, trail_last_exit = :lastExit,
				  updated_at = :updatedAt
				where number = :number""")
			.bind("number", after.number().toString())
			.bind("status", after.status().name())
			.bind("seals", after.seals().stream().map(Seal::toString).toArray(String[]::new))
			.bind("mode", after.transport().mode().name())
			.bind("plates", after.transport().vehiclePlates().toArray(String[]::new))
			.bind("wagons", after.transport().wagons().stream().map(Object::toString).toArray(String[]::new))
			.bind("length", event.seq())
			.bind("head", event.hash())
			.bind("entered", trail.countriesEntered().stream().map(CountryCode::toString).toArray(String[]::new))
			.bind("updatedAt", Consignments.utc(after.updatedAt()));
		update = Binds.nullable(update, "locCountry", location.map((l) -> l.country().toString()), String.class);
		update = Binds.nullable(update, "locPost", location.map((l) -> l.postCode().toString()), String.class);
		update = Binds.nullable(update, "locAt", location.map((l) -> Consignments.utc(l.at())), OffsetDateTime.class);
		update = Binds.nullable(update, "arrivedAt", after.arrivedAt().map(Consignments::utc), OffsetDateTime.class);
		update = Binds.nullable(update, "vessel", after.transport().vessel(), String.class);
		update = Binds.nullable(update, "heldBy", after.heldBy().map(CountryCode::toString), String.class);
		update = Binds.nullable(update, "current", trail.currentCountry().map(CountryCode::toString), String.class);
		update = Binds.nullable(update, "lastExit", trail.lastExitCountry().map(CountryCode::toString), String.class);
		return update.then();
	}

	private static Trail trail(Readable row) {
		String[] entered = row.get("trail_entered", String[].class);
		if (entered == null || entered.length == 0) {
			// nothing recorded yet: the cargo is where it departs from
			return Trail.startingIn(new CountryCode(row.get("departure_post", String.class).substring(0, 2)));
		}
		return new Trail(Arrays.stream(entered).map(CountryCode::new).toList(),
				Optional.ofNullable(row.get("trail_current", String.class)).map(CountryCode::new),
				Optional.ofNullable(row.get("trail_last_exit", String.class)).map(CountryCode::new));
	}

	/** A stored row that is no longer a well-formed event (edited past the trigger): an integrity failure. */
	static StoredEvent readEvent(Readable row) {
		try {
			return read(row);
		}
		catch (RuntimeException ex) {
			throw new UnreadableEvent(row.get("seq", Long.class), ex);
		}
	}

	private static StoredEvent read(Readable row) {
		List<Anomaly> anomalies = Arrays.stream(row.get("anomalies", String[].class)).map(Anomaly::valueOf).toList();
		return new StoredEvent(row.get("id", UUID.class), new ConsignmentNumber(row.get("consignment_number", String.class)),
				row.get("seq", Long.class), EventType.valueOf(row.get("type", String.class)),
				exactly(new PostCode(row.get("post_code", String.class)), row.get("post_code", String.class)),
				exactly(new CountryCode(row.get("country", String.class)), row.get("country", String.class)),
				row.get("officer", String.class), instant(row, "occurred_at"), instant(row, "recorded_at"),
				row.get("payload", String.class), anomalies, row.get("prev_hash", String.class),
				row.get("hash", String.class));
	}

	/** A value object that normalised the stored text (case, spaces) would hide an edit from the hash. */
	private static <T> T exactly(T parsed, String stored) {
		if (!parsed.toString().equals(stored)) {
			throw new IllegalArgumentException("stored as " + stored + ", not in canonical form");
		}
		return parsed;
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	/** A journal row that cannot be read back as an event: someone edited it outside Karvon. */
	public static final class UnreadableEvent extends IllegalStateException {

		private final long seq;

		UnreadableEvent(Long seq, RuntimeException cause) {
			super("journal event " + seq + " is not a well-formed event", cause);
			this.seq = seq == null ? 0 : seq;
		}

		public long seq() {
			return seq;
		}

	}

	/** A locked consignment and the trail its journal has left so far. */
	public record Journey(ConsignmentRecord record, Trail trail) {
	}

}
