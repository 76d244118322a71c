package org.karvon.journal.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.Trail;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;

/**
 * The journals in memory, for service tests: what {@link #lock}, {@link #event} and {@link #append}
 * do to the tables, without the tables. Locking and atomicity are the real class's business and
 * proven against PostgreSQL.
 */
public class InMemoryJournals extends Journals {

	private final Map<ConsignmentNumber, Journey> journeys = new HashMap<>();

	private final List<StoredEvent> events = new ArrayList<>();

	private final Set<UUID> takenMeanwhile = new HashSet<>();

	public InMemoryJournals() {
		super(null, null);
	}

	/** A registered record whose journal is still empty. */
	public InMemoryJournals with(ConsignmentRecord record) {
		journeys.put(record.number(), new Journey(record,
				Trail.startingIn(record.consignment().details().departurePost().country())));
		return this;
	}

	/** Another instance commits an event with this id after our look-up and before our insert. */
	public void takeMeanwhile(UUID id) {
		takenMeanwhile.add(id);
	}

	@Override
	public Mono<Journey> lock(ConsignmentNumber number) {
		return Mono.justOrEmpty(journeys.get(number));
	}

	@Override
	public Mono<StoredEvent> event(UUID id) {
		return Mono.justOrEmpty(events.stream().filter((event) -> event.id().equals(id)).findFirst());
	}

	@Override
	public Mono<Void> append(StoredEvent event, Consignment after, Trail trail) {
		return Mono.fromRunnable(() -> {
			if (takenMeanwhile.contains(event.id()) || events.stream().anyMatch((e) -> e.id().equals(event.id()))) {
				throw new DuplicateKeyException("duplicate key value violates unique constraint \"movement_event_pkey\"");
			}
			events.add(event);
			ConsignmentRecord record = journeys.get(event.consignmentNumber()).record();
			journeys.put(event.consignmentNumber(), new Journey(
					record.with(after, record.qrToken()).withJournalHead(event.seq(), event.hash()), trail));
		});
	}

	public List<StoredEvent> events() {
		return List.copyOf(events);
	}

	public ConsignmentRecord record(ConsignmentNumber number) {
		return journeys.get(number).record();
	}

}
