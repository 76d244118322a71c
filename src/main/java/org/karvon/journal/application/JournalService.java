package org.karvon.journal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.karvon.kernel.DomainException;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.kernel.PostCode;
import org.karvon.kernel.Validated;
import org.karvon.consignment.access.AccessPolicy;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.journal.Anomaly;
import org.karvon.kernel.CountryCode;
import org.karvon.journal.CanonicalEvent;
import org.karvon.journal.EventDraft;
import org.karvon.consignment.EventType;
import org.karvon.journal.JourneyState;
import org.karvon.journal.MovementEvent;
import org.karvon.journal.NextStop;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.TransitionDecision;
import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.Journals;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.persistence.Registries;
import org.karvon.registry.Registry;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.kernel.SecurityLog;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Records what officers see, always at the officer's own post. One append is one transaction that
 * locks the consignment row: the decision, the chained event and the record's new state all see
 * the same head, so concurrent posts produce one linear chain.
 */
@Service
public class JournalService {

	private static final Set<EventType> SETTLING = Set.of(EventType.ENTRY, EventType.ARRIVAL, EventType.COMPLETION);

	private final ConsignmentService consignments;

	private final Journals journals;

	private final ExpectedArrivals expected;

	private final Registries registries;

	private final TransactionalOperator transaction;

	private final PostAccessGrants grants;

	private final Clock clock;

	private final SecurityLog securityLog;

	JournalService(ConsignmentService consignments, Journals journals, ExpectedArrivals expected, Registries registries,
			PostAccessGrants grants, TransactionalOperator transaction, Clock clock, SecurityLog securityLog) {
		this.securityLog = securityLog;
		this.consignments = consignments;
		this.grants = grants;
		this.journals = journals;
		this.expected = expected;
		this.registries = registries;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<Recorded> record(Actor officer, String rawNumber, EventDraft draft) {
		if (!officer.is(Role.OFFICER) || officer.postCode() == null) {
			return Mono.error(new DomainException.NotPermitted("Only customs officers record movement events."));
		}
		Instant now = clock.instant();
		MovementEvent event = valid(draft.validate(now));
		PostCode post = new PostCode(officer.postCode());
		ConsignmentNumber number = ConsignmentService.parseNumber(rawNumber);
		return registries.current()
			.flatMap((registry) -> appendOrReplay(officer, number, event, post, registry, now))
			.onErrorMap(DuplicateKeyException.class, (ex) -> reusedId(event));
	}

	private Mono<Recorded> appendOrReplay(Actor officer, ConsignmentNumber number, MovementEvent event, PostCode post,
			Registry registry, Instant now) {
		// visibility is checked on the locked row: one read of the record per append, not two
		return journals.lock(number)
			.flatMap((journey) -> consignments.grantOf(officer, journey.record())
				.filter((grant) -> AccessPolicy.visibility(officer, journey.record().consignment(), grant).isPresent())
				.map((grant) -> new Locked(journey, grant)))
			.switchIfEmpty(Mono.error(() -> ConsignmentService.notFound(number)))
			.flatMap((locked) -> journals.event(event.id())
				.map((existing) -> replay(existing, number, event, post))
				.switchIfEmpty(Mono.defer(() -> expected.countryOf(number)
					.flatMap((expectedIn) -> append(locked, expectedIn, officer, event, registry, now)))))
			.as(transaction::transactional);
	}

	/** Six administrations share the journal: an officer acting outside their state's reach is a security event. */
	private void reportIfJurisdictional(Actor officer, ConsignmentRecord record, MovementEvent event,
			TransitionDecision.Refused refused) {
		if (AccessPolicy.isJurisdictional(refused.rejection().code())) {
			securityLog.record("JURISDICTION_REFUSED", officer.username(), "", refused.rejection().code() + " "
					+ event.type() + " of " + record.number() + " at " + officer.postCode());
		}
	}

	/** An identical re-send (a retry, an offline device catching up) answers with the stored event. */
	private static Recorded replay(StoredEvent existing, ConsignmentNumber number, MovementEvent event, PostCode post) {
		boolean same = existing.consignmentNumber().equals(number) && existing.type() == event.type()
				&& existing.postCode().equals(post) && existing.payload().equals(event.payload())
				&& existing.occurredAt().equals(event.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		if (!same) {
			throw reusedId(event);
		}
		return new Recorded(existing, false);
	}

	private Mono<Recorded> append(Locked locked, Optional<CountryCode> expectedIn, Actor officer, MovementEvent event,
			Registry registry, Instant now) {
		ConsignmentRecord record = locked.journey().record();
		JourneyState state = JourneyState.of(record.consignment(), locked.journey().trail());
		TransitionDecision decision = AtThisPost.decide(officer, state, record.overdue(), locked.grant(),
				state.whereabouts(registry, expectedIn), event, registry, now);
		if (decision instanceof TransitionDecision.Refused refused) {
			reportIfJurisdictional(officer, record, event, refused);
			return Mono.error(new DomainException.Refused(refused.rejection()));
		}
		TransitionDecision.Accepted accepted = (TransitionDecision.Accepted) decision;
		PostCode post = PostCode.parse(officer.postCode());
		StoredEvent stored = StoredEvent.chain(new CanonicalEvent(event.id(), record.number(),
				record.journalLength() + 1, event.type(), post, post.country(), officer.username(), event.occurredAt(), now,
				event.payload(), List.copyOf(accepted.anomalies())), record.journalHead());
		return journals.append(stored, accepted.consignment(), accepted.trailAfter())
			.then(updateExpectations(stored, record, registry))
			.then(afterEntry(stored, record, locked.grant(), registry))
			.thenReturn(new Recorded(stored, true));
	}

	/**
	 * A post that entered the cargo on a grant now sees the whole record; an entry off the route is
	 * announced to the posts of every member state on the itinerary.
	 */
	private Mono<Void> afterEntry(StoredEvent stored, ConsignmentRecord record, PostGrant grant, Registry registry) {
		if (stored.type() != EventType.ENTRY) {
			return Mono.empty();
		}
		Mono<Void> opened = (grant == PostGrant.NONE) ? Mono.empty()
				: grants.entered(record.number(), stored.postCode().toString(), stored.recordedAt());
		if (!stored.anomalies().contains(Anomaly.ROUTE_DEVIATION)) {
			return opened;
		}
		List<String> states = record.consignment().details().itinerary().countries().stream()
			.map(CountryCode::toString)
			.filter(registry::isMember)
			.filter((country) -> !country.equals(stored.country().toString()))
			.distinct()
			.toList();
		return opened.then(expected.deviated(record.number(), stored.postCode().toString(), states));
	}

	private Mono<Void> updateExpectations(StoredEvent stored, ConsignmentRecord record, Registry registry) {
		if (SETTLING.contains(stored.type())) {
			return expected.settle(stored.consignmentNumber());
		}
		CustomsPost post = registry.post(stored.postCode().toString()).orElseThrow();
		return NextStop.after(stored.type(), post, record.consignment().details().itinerary(), registry)
			.map((next) -> expected.expect(stored.consignmentNumber(), next, post.code(), stored.recordedAt()))
			.orElse(Mono.empty());
	}

	/** A locked journal and how far a scan opened it to the recording officer's post. */
	private record Locked(Journals.Journey journey, PostGrant grant) {
	}

	private static MovementEvent valid(Validated<MovementEvent> validated) {
		if (validated instanceof Validated.Invalid<MovementEvent> invalid) {
			throw new DomainException.Invalid(invalid.errors());
		}
		return validated.orElseThrow();
	}

	private static DomainException reusedId(MovementEvent event) {
		return new DomainException.Refused("EVENT_ID_REUSED", "Event id " + event.id()
				+ " was already used for a different event; send a new id for a new event.");
	}

}
