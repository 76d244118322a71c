package org.karvon.consignment.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentQuery;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.access.AccessPolicy;
import org.karvon.kernel.CountryCode;
import org.karvon.consignment.CurrentLocation;
import org.karvon.kernel.Page;
import org.karvon.kernel.PostCode;
import org.karvon.consignment.Seal;
import org.karvon.consignment.TransitDeadline;
import org.karvon.database.Binds;
import org.karvon.consignment.Transport;
import org.karvon.consignment.TransportMode;
import org.karvon.consignment.WagonNumber;
import org.karvon.kernel.Actor;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The consignment records, with hand-written SQL. */
@Repository
public class Consignments {

	public static final String SELECT = """
			select c.*, o.name as carrier_name from consignment c
			join organization o on o.id = c.carrier_organization_id""";

	private final DatabaseClient db;

	private final JsonMapper json;

	private final DeclarationCache declarations = new DeclarationCache();

	private final Clock clock;

	Consignments(DatabaseClient db, JsonMapper json, Clock clock) {
		this.db = db;
		this.json = json;
		this.clock = clock;
	}

	/** Inserts a new record; false when its number is already taken (the caller draws another). */
	public Mono<Boolean> add(ConsignmentRecord record) {
		Consignment c = record.consignment();
		return bindDeclaration(db.sql("""
				insert into consignment (number, version, status, carrier_organization_id, departure_post, destination_post,
				  itinerary, details, seals, qr_token, created_at, updated_at, transit_deadline, transit_deadline_declared,
				  transit_days)
				values (:number, :version, :status, :carrier, :departure, :destination, :itinerary, :details, :seals, :qr,
				  :createdAt, :updatedAt, :deadline, :declared, :days)"""), record)
			.bind("carrier", c.carrierOrganizationId())
			.bind("createdAt", utc(c.createdAt()))
			.then()
			.thenReturn(true)
			.onErrorReturn(DuplicateKeyException.class, false);
	}

	public Mono<ConsignmentRecord> byNumber(ConsignmentNumber number) {
		return db.sql(SELECT + " where c.number = :number").bind("number", number.toString()).map(this::read).one();
	}

	/** Reads and locks the record for the rest of the transaction: appends to one journal queue here. */
	public Mono<ConsignmentRecord> lock(ConsignmentNumber number) {
		return db.sql(SELECT + " where c.number = :number for update of c")
			.bind("number", number.toString())
			.map(this::read)
			.one();
	}

	/** Every live record (neither completed nor cancelled): the ones a key revocation reissues codes for. */
	public reactor.core.publisher.Flux<ConsignmentRecord> live() {
		return db.sql(SELECT + " where c.status not in ('COMPLETED', 'CANCELLED') order by c.number").map(this::read).all();
	}

	/** Replaces the record's code with {@code reissued} unless it changed meanwhile (an amendment signs its own). */
	public Mono<Boolean> reissueQr(ConsignmentNumber number, String old, String reissued, Instant at) {
		return db.sql("update consignment set qr_token = :reissued, updated_at = :at where number = :number and qr_token = :old")
			.bind("reissued", reissued)
			.bind("at", utc(at))
			.bind("number", number.toString())
			.bind("old", old)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * Writes what a carrier's amendment or cancellation changes. Both happen only before departure;
	 * everything the journal moves (location, journal head, trail) is written by the journal.
	 */
	public Mono<Void> update(ConsignmentRecord record) {
		return bindDeclaration(db.sql("""
				update consignment set version = :version, status = :status, departure_post = :departure,
				  destination_post = :destination, itinerary = :itinerary, details = :details, seals = :seals,
				  qr_token = :qr, transport_mode = null, transport_plates = null, transport_wagons = null,
				  transport_vessel = null, updated_at = :updatedAt, transit_deadline = :deadline,
				  transit_deadline_declared = :declared, transit_days = :days
				where number = :number"""), record)
			.then();
	}

	private DatabaseClient.GenericExecuteSpec bindDeclaration(DatabaseClient.GenericExecuteSpec spec,
			ConsignmentRecord record) {
		Consignment c = record.consignment();
		Optional<TransitDeadline> deadline = record.deadline();
		spec = Binds.nullable(spec, "deadline", deadline.map((d) -> utc(d.at())), OffsetDateTime.class);
		spec = Binds.nullable(spec, "days", deadline.map(TransitDeadline::transitDays), Integer.class);
		return spec.bind("declared", deadline.map(TransitDeadline::declared).orElse(false))
			.bind("number", c.number().toString())
			.bind("version", c.version())
			.bind("status", c.status().name())
			.bind("departure", c.details().departurePost().toString())
			.bind("destination", c.details().destinationPost().toString())
			.bind("itinerary", itinerary(c))
			.bind("details", details(c))
			.bind("seals", seals(c))
			.bind("qr", record.qrToken())
			.bind("updatedAt", utc(c.updatedAt()));
	}

	/**
	 * A page of the records this actor may see, newest first. Visibility is part of the query, so a
	 * page never contains, and a total never counts, another organization's consignments.
	 */
	public Mono<Page<ConsignmentRecord>> page(Actor actor, ConsignmentQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		java.util.Map<String, Object> binds = new java.util.HashMap<>();
		AccessPolicy.SqlPredicate visible = AccessPolicy.visibleTo(actor);
		where.append(" and ").append(visible.sql());
		binds.putAll(visible.binds());
		query.status().ifPresent((status) -> {
			where.append(" and c.status = :status");
			binds.put("status", status.name());
		});
		if (query.overdue()) {
			where.append(" and c.status in ('REGISTERED', 'IN_TRANSIT', 'HELD') and c.transit_deadline < :now");
			binds.put("now", utc(clock.instant()));
		}
		query.endingAt().ifPresent((post) -> {
			where.append(" and (c.departure_post = :endingAt or c.destination_post = :endingAt)");
			binds.put("endingAt", post.toString());
		});
		query.search().ifPresent((text) -> {
			where.append(" and (c.number like :prefix or jsonb_exists(c.details -> 'transport' -> 'vehiclePlates', :text))");
			binds.put("prefix", text.replace("%", "").replace("_", "") + "%");
			binds.put("text", text);
		});
		var items = bindAll(db.sql(SELECT + where + " order by c.created_at desc, c.number limit :limit offset :offset"), binds)
			.bind("limit", query.size())
			.bind("offset", query.offset())
			.map(this::read)
			.all()
			.collectList();
		var total = bindAll(db.sql("select count(*) as total from consignment c" + where), binds)
			.map((row) -> row.get("total", Long.class))
			.one();
		return Mono.zip(items, total, (found, count) -> new Page<>(found, query.page(), query.size(), count));
	}

	private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
			java.util.Map<String, Object> binds) {
		for (var bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec;
	}

	public ConsignmentRecord read(Readable row) {
		String number = row.get("number", String.class);
		int version = row.get("version", Integer.class);
		ConsignmentDetails details = declarations.get(number, version, () -> row.get("details", Json.class).asString(),
				(text) -> json.readValue(text, ConsignmentDraft.class).validate().orElseThrow());
		String locationPost = row.get("location_post", String.class);
		Optional<CurrentLocation> location = Optional.ofNullable(locationPost)
			.map((post) -> new CurrentLocation(CountryCode.parse(row.get("location_country", String.class)),
					PostCode.parse(post), instant(row, "location_at")));
		Consignment consignment = new Consignment(new ConsignmentNumber(number), version,
				ConsignmentStatus.valueOf(row.get("status", String.class)), row.get("carrier_organization_id", UUID.class),
				details,
				Arrays.stream(row.get("seals", String[].class)).map(Seal::new).toList(), transport(row, details), location,
				Optional.ofNullable(instant(row, "arrived_at")),
				Optional.ofNullable(row.get("held_by", String.class)).map(CountryCode::parse), instant(row, "created_at"),
				instant(row, "updated_at"));
		Optional<TransitDeadline> deadline = Optional.ofNullable(instant(row, "transit_deadline"))
			.map((at) -> new TransitDeadline(at, Boolean.TRUE.equals(row.get("transit_deadline_declared", Boolean.class)),
					row.get("transit_days", Integer.class)));
		boolean overdue = deadline.map((d) -> d.passedFor(consignment.status(), clock.instant())).orElse(false);
		return new ConsignmentRecord(consignment, row.get("qr_token", String.class), row.get("journal_length", Long.class),
				row.get("journal_head", String.class), row.get("carrier_name", String.class), deadline, overdue);
	}

	/** The transport after the latest transshipment, or the declared one. */
	private static Transport transport(Readable row, ConsignmentDetails details) {
		String mode = row.get("transport_mode", String.class);
		if (mode == null) {
			return details.transport();
		}
		return new Transport(TransportMode.valueOf(mode), texts(row, "transport_plates"), details.transport().containers(),
				texts(row, "transport_wagons").stream().map(WagonNumber::new).toList(),
				Optional.ofNullable(row.get("transport_vessel", String.class)));
	}

	private static List<String> texts(Readable row, String column) {
		String[] values = row.get(column, String[].class);
		return (values == null) ? List.of() : List.of(values);
	}

	private Json details(Consignment c) {
		return Json.of(json.writeValueAsString(ConsignmentDraft.of(c.details())));
	}

	private static String[] itinerary(Consignment c) {
		return c.details().itinerary().countries().stream().map(CountryCode::toString).toArray(String[]::new);
	}

	private static String[] seals(Consignment c) {
		return c.seals().stream().map(Seal::toString).toArray(String[]::new);
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime time = row.get(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
