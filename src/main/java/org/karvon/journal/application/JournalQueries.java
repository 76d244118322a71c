package org.karvon.journal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.PostCode;
import org.karvon.consignment.Seal;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.journal.ChainVerification;
import org.karvon.journal.EventDetails;
import org.karvon.journal.EventType;
import org.karvon.journal.HashChain;
import org.karvon.journal.IncidentKind;
import org.karvon.journal.InspectionResult;
import org.karvon.journal.JourneyState;
import org.karvon.journal.MovementEvent;
import org.karvon.journal.SealCheckStatus;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.TransitionDecision;
import org.karvon.journal.TransitionRules;
import org.karvon.journal.evidence.EvidenceBundle;
import org.karvon.journal.evidence.EvidenceDocument;
import org.karvon.journal.evidence.EvidenceEvent;
import org.karvon.journal.persistence.Journals;
import org.karvon.security.Actor;
import org.karvon.security.Role;
import org.karvon.signing.application.TrustedKeys;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/** Reads journals for whoever may read the record: events, integrity, allowed next events, evidence. */
@Service
public class JournalQueries {

	public static final int MAX_PAGE = 5_000;

	private final ConsignmentService consignments;

	private final Journals journals;

	private final TrustedKeys keys;

	private final JsonMapper json;

	private final Clock clock;

	JournalQueries(ConsignmentService consignments, Journals journals, TrustedKeys keys, JsonMapper json, Clock clock) {
		this.consignments = consignments;
		this.journals = journals;
		this.keys = keys;
		this.json = json;
		this.clock = clock;
	}

	public Mono<List<StoredEvent>> events(Actor actor, String number, long fromSeq, int limit) {
		return consignments.readable(actor, number)
			.flatMap((record) -> journals.events(record.number(), fromSeq, limit).collectList());
	}

	/**
	 * Recomputes the chain from the stored rows and checks it ends where the record points, so an
	 * edited, inserted or deleted event (the last one included) shows up.
	 */
	public Mono<Integrity> integrity(Actor actor, String number) {
		return consignments.readable(actor, number)
			.flatMap((record) -> journals.allEvents(record.number())
				.collectList()
				.map((events) -> integrity(record, events))
				.onErrorResume(Journals.UnreadableEvent.class, (ex) -> Mono.just(new Integrity(false,
						(int) record.journalLength(), record.journalHead(), ex.seq(), ex.getMessage()))));
	}

	static Integrity integrity(ConsignmentRecord record, List<StoredEvent> events) {
		ChainVerification chain = HashChain.verify(events);
		String head = events.isEmpty() ? HashChain.GENESIS : events.get(events.size() - 1).hash();
		boolean endsAtHead = events.size() == record.journalLength() && head.equals(record.journalHead());
		Optional<String> reason = chain.valid() ? (endsAtHead ? Optional.empty()
				: Optional.of("the journal has " + events.size() + " events but the record points at "
						+ record.journalLength() + " ending with " + record.journalHead()))
				: chain.reason();
		return new Integrity(chain.valid() && endsAtHead, events.size(), head,
				chain.brokenAtSeq().isPresent() ? chain.brokenAtSeq().getAsLong() : null, reason.orElse(null));
	}

	/** The event types the rules would accept from this officer, at this post, right now. */
	public Mono<List<EventType>> allowedEvents(Actor actor, String number) {
		if (!actor.is(Role.OFFICER)) {
			return consignments.readable(actor, number).thenReturn(List.of());
		}
		PostCode post = new PostCode(actor.postCode());
		return consignments.readable(actor, number)
			.flatMap((record) -> journals.trailOf(record.number())
				.map((trail) -> JourneyState.of(record.consignment(), trail)))
			.map((state) -> Arrays.stream(EventType.values())
				.filter((type) -> TransitionRules.decide(state, probe(type, state), post) instanceof TransitionDecision.Accepted)
				.toList());
	}

	public Mono<EvidenceBundle> evidence(Actor actor, String number, Function<ConsignmentRecord, Object> view) {
		return consignments.readable(actor, number)
			.flatMap((record) -> journals.allEvents(record.number()).collectList().map((events) -> {
				EvidenceDocument document = new EvidenceDocument(EvidenceDocument.FORMAT, clock.instant().toString(),
						record.number().toString(), view.apply(record), record.journalLength(), record.journalHead(),
						events.stream().map(EvidenceEvent::of).toList());
				String signed = keys.documentSigner().sign(json.writeValueAsString(document));
				Map<String, Object> jwks = json.readValue(keys.ring().publicJwks(), new TypeReference<>() {
				});
				return new EvidenceBundle(EvidenceDocument.FORMAT, signed, jwks);
			}));
	}

	private static MovementEvent probe(EventType type, JourneyState state) {
		EventDetails details = switch (type) {
			case INSPECTION -> new EventDetails.Inspection(InspectionResult.NO_FINDINGS, Optional.empty());
			case SEAL_CHECK -> new EventDetails.SealCheck(SealCheckStatus.INTACT, List.<Seal>of());
			case HOLD -> new EventDetails.Hold("probe");
			case INCIDENT -> new EventDetails.Incident(IncidentKind.OTHER, "probe");
			default -> new EventDetails.None();
		};
		return new MovementEvent(UUID.randomUUID(), type, Instant.EPOCH, Optional.empty(), details);
	}

	/** The outcome of recomputing a journal's chain. */
	public record Integrity(boolean valid, int events, String head, Long brokenAtSeq, String reason) {
	}

}
