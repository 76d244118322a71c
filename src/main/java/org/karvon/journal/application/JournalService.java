package org.karvon.journal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.Outcome;
import org.karvon.consignment.PostCode;
import org.karvon.consignment.Validated;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.journal.CanonicalEvent;
import org.karvon.journal.EventDraft;
import org.karvon.journal.EventType;
import org.karvon.journal.JournalEffects;
import org.karvon.journal.JourneyState;
import org.karvon.journal.MovementEvent;
import org.karvon.journal.NextStop;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.TransitionDecision;
import org.karvon.journal.TransitionRules;
import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.Journals;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.Registries;
import org.karvon.registry.Registry;
import org.karvon.security.Actor;
import org.karvon.security.Role;
import org.karvon.web.ApiException;
import org.karvon.web.FieldProblem;
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

	private final Clock clock;

	JournalService(ConsignmentService consignments, Journals journals, ExpectedArrivals expected, Registries registries,
			TransactionalOperator transaction, Clock clock) {
		this.consignments = consignments;
		this.journals = journals;
		this.expected = expected;
		this.registries = registries;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<Recorded> record(Actor officer, String rawNumber, EventDraft draft) {
		if (!officer.is(Role.OFFICER) || officer.postCode() == null) {
			return Mono.error(ApiException.forbidden("Only customs officers record movement events."));
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
			.filterWhen((journey) -> consignments.mayRead(officer, journey.record()))
			.switchIfEmpty(Mono.error(() -> ConsignmentService.notFound(number)))
			.flatMap((journey) -> journals.event(event.id())
				.map((existing) -> replay(existing, number, event, post))
				.switchIfEmpty(Mono.defer(() -> append(journey, officer, event, post, registry, now))))
			.as(transaction::transactional);
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

	private Mono<Recorded> append(Journals.Journey journey, Actor officer, MovementEvent event, PostCode post,
			Registry registry, Instant now) {
		ConsignmentRecord record = journey.record();
		JourneyState state = JourneyState.of(record.consignment(), journey.trail());
		TransitionDecision decision = TransitionRules.decide(state, event, post);
		if (decision instanceof TransitionDecision.Refused refused) {
			return Mono.error(ApiException.conflict(refused.code(), refused.rejection().message()));
		}
		TransitionDecision.Accepted accepted = (TransitionDecision.Accepted) decision;
		Outcome<Consignment> after = JournalEffects.apply(record.consignment(), event, accepted, post, now);
		if (after instanceof Outcome.Rejected<Consignment> rejected) {
			return Mono.error(ApiException.conflict(rejected.rejection().code(), rejected.rejection().message()));
		}
		StoredEvent stored = StoredEvent.chain(new CanonicalEvent(event.id(), record.number(),
				record.journalLength() + 1, event.type(), post, post.country(), officer.username(), event.occurredAt(), now,
				event.payload(), List.copyOf(accepted.anomalies())), record.journalHead());
		return journals.append(stored, after.orElseThrow(), accepted.trailAfter())
			.then(updateExpectations(stored, record, registry))
			.thenReturn(new Recorded(stored, true));
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

	private static MovementEvent valid(Validated<MovementEvent> validated) {
		if (validated instanceof Validated.Invalid<MovementEvent> invalid) {
			throw ApiException.invalid(invalid.errors()
				.stream()
				.map((error) -> new FieldProblem(error.field(), error.message()))
				.toList());
		}
		return validated.orElseThrow();
	}

	private static ApiException reusedId(MovementEvent event) {
		return ApiException.conflict("EVENT_ID_REUSED", "Event id " + event.id()
				+ " was already used for a different event; send a new id for a new event.");
	}

}
