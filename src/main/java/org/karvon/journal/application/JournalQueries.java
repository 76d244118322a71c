package org.karvon.journal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.RecordFold;
import org.karvon.transparency.application.LogAudit;
import org.karvon.consignment.Seal;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.consignment.application.DeclarationHistory;
import org.karvon.journal.ChainVerification;
import org.karvon.journal.EventDetails;
import org.karvon.consignment.Conveyance;
import org.karvon.consignment.EventType;
import org.karvon.consignment.TransportMode;
import org.karvon.journal.HashChain;
import org.karvon.journal.IncidentKind;
import org.karvon.journal.InspectionResult;
import org.karvon.journal.JourneyState;
import org.karvon.journal.MovementEvent;
import org.karvon.journal.SealCheckStatus;
import org.karvon.journal.StoredEvent;
import org.karvon.journal.TransitionDecision;
import org.karvon.journal.evidence.EvidenceBundle;
import org.karvon.journal.evidence.EvidenceDeclaration;
import org.karvon.journal.evidence.EvidenceDocument;
import org.karvon.journal.evidence.EvidenceEvent;
import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.Journals;
import org.karvon.registry.persistence.Registries;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.signing.application.EvidenceKey;
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

	private final EvidenceKey evidenceKey;

	private final JsonMapper json;

	private final ExpectedArrivals expected;

	private final Registries registries;

	private final Clock clock;

	private final DeclarationHistory declarations;

	private final LogAudit log;

	JournalQueries(ConsignmentService consignments, Journals journals, ExpectedArrivals expected, Registries registries,
			EvidenceKey evidenceKey, JsonMapper json, Clock clock, DeclarationHistory declarations, LogAudit log) {
		this.declarations = declarations;
		this.log = log;
		this.consignments = consignments;
		this.journals = journals;
		this.expected = expected;
		this.registries = registries;
		this.evidenceKey = evidenceKey;
		this.json = json;
		this.clock = clock;
	}

	public Mono<List<StoredEvent>> events(Actor actor, String number, long fromSeq, int limit) {
		return consignments.readable(actor, number)
			.flatMap((record) -> journals.events(record.number(), fromSeq, limit).collectList());
	}

	/** A page of events, each with its log index (null until sequenced). */
	public Mono<List<LoggedEvent>> loggedEvents(Actor actor, String number, long fromSeq, int limit) {
		return events(actor, number, fromSeq, limit).flatMap((events) -> log.indexes(hashes(events))
			.map((indexes) -> events.stream().map((event) -> new LoggedEvent(event, indexes.get(event.hash()))).toList()));
	}

	/**
	 * Recomputes the chain from the stored rows and checks it ends where the record points, so an
	 * edited, inserted or deleted event (the last one included) shows up; checks every sequenced event
	 * against the witnessed checkpoint (README "Transparency log"), and that the record's state is the fold
	 * of its journal ({@link RecordFold}).
	 */
	public Mono<Integrity> integrity(Actor actor, String number) {
		return consignments.readable(actor, number)
			.flatMap((record) -> declarations.chainOf(record).flatMap((chain) -> journals.allEvents(record.number())
				.collectList()
				.flatMap((events) -> log.audit(hashes(events, chain)).map((audit) -> integrity(record, events, audit)))
				.onErrorResume(Journals.UnreadableEvent.class, (ex) -> Mono.just(new Integrity(false,
						(int) record.journalLength(), record.journalHead(), ex.seq(), ex.getMessage(), null, null)))
				.zipWith(declarations.verify(record, chain), DeclarationIntegrity::combine)));
	}

	/** Every entry of the record in the transparency log: its events, then its declaration chain. */
	private static List<String> hashes(List<StoredEvent> events, List<DeclarationEntry> chain) {
		return Stream.concat(events.stream().map(StoredEvent::hash), chain.stream().map(DeclarationEntry::hash)).toList();
	}

	private static List<String> hashes(List<StoredEvent> events) {
		return events.stream().map(StoredEvent::hash).toList();
	}

	private Integrity integrity(ConsignmentRecord record, List<StoredEvent> events, LogAudit.Audit audit) {
		Integrity chain = integrity(record, events);
		RecordFold.Check fold = RecordFold.check(record.consignment(), JournalFold.steps(events, json));
		LogIntegrity inLog = LogIntegrity.of(audit);
		String reason = chain.reason() != null ? chain.reason()
				: !fold.agrees() ? fold.reason() : inLog.valid() ? null : inLog.reason();
		return new Integrity(chain.valid() && fold.agrees() && inLog.valid(), chain.events(), chain.head(),
				chain.brokenAtSeq(), reason, fold, inLog);
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
				chain.brokenAtSeq().isPresent() ? chain.brokenAtSeq().getAsLong() : null, reason.orElse(null), null, null);
	}

	/**
	 * The event types the rules would accept from this officer, at this post, right now. A post off the
	 * itinerary that scanned the code sees only the transport view, and may be offered only ENTRY.
	 */
	public Mono<List<EventType>> allowedEvents(Actor actor, String number) {
		if (!actor.is(Role.OFFICER)) {
			return consignments.readable(actor, number).thenReturn(List.of());
		}
		Instant now = clock.instant();
		return consignments.viewable(actor, number)
			.flatMap((seen) -> Mono.zip(journals.trailOf(seen.record().number()), consignments.grantOf(actor, seen.record()),
					expected.countryOf(seen.record().number()), registries.current())
				.map((found) -> {
					JourneyState state = JourneyState.of(seen.record().consignment(), found.getT1());
					var whereabouts = state.whereabouts(found.getT4(), found.getT3());
					return Arrays.stream(EventType.values())
						.filter((type) -> AtThisPost.decide(actor, state, seen.record().overdue(), found.getT2(), whereabouts,
								probe(type, now),
								found.getT4(), now) instanceof TransitionDecision.Accepted)
						.toList();
				}));
	}

	public Mono<EvidenceBundle> evidence(Actor actor, String number, Function<ConsignmentRecord, Object> view) {
		return consignments.readable(actor, number)
			.flatMap((record) -> Mono.zip(journals.allEvents(record.number()).collectList(), declarations.chainOf(record),
					evidenceKey.signer(), evidenceKey.publicJwks())
				.flatMap((read) -> log.audit(hashes(read.getT1(), read.getT2()))
					.map((audit) -> {
						Map<String, Object> jwks = json.readValue(read.getT4(), new TypeReference<>() {
						});
						EvidenceDocument document = new EvidenceDocument(EvidenceDocument.FORMAT,
								clock.instant().toString(), record.number().toString(), view.apply(record),
								record.journalLength(), record.journalHead(),
								read.getT1().stream().map((event) -> EvidenceEvent.of(event,
										audit.indexes().get(event.hash()), audit.paths().get(event.hash()))).toList(),
								read.getT2().stream().map((entry) -> EvidenceDeclaration.of(entry,
										audit.indexes().get(entry.hash()), audit.paths().get(entry.hash()))).toList(),
								audit.checkpoint().map(LogAudit.Witnessed::note).orElse(null),
								EvidenceDocument.digest(json.writeValueAsString(jwks)));
						String signed = read.getT3().sign(json.writeValueAsString(document));
						return new EvidenceBundle(EvidenceDocument.FORMAT, signed, jwks);
					})));
	}

	private static MovementEvent probe(EventType type, Instant now) {
		EventDetails details = switch (type) {
			case INSPECTION -> new EventDetails.Inspection(InspectionResult.NO_FINDINGS, Optional.empty());
			case SEAL_CHECK -> new EventDetails.SealCheck(SealCheckStatus.INTACT, List.<Seal>of());
			case HOLD -> new EventDetails.Hold("probe");
			case INCIDENT -> new EventDetails.Incident(IncidentKind.OTHER, "probe");
			case ENQUIRY -> new EventDetails.Enquiry("probe");
			case TRANSSHIPMENT -> new EventDetails.Transshipment(new Conveyance(TransportMode.RAIL, List.of("PROBE"),
					List.of(), Optional.empty()), List.of(Seal.parse("PROBE")));
			default -> new EventDetails.None();
		};
		return new MovementEvent(UUID.randomUUID(), type, now, Optional.empty(), details);
	}

	/**
	 * The outcome of recomputing a journal's chain, its fold ({@code record}: whether the stored status, seals,
	 * location and holding state are what the events make them, and the first field that is not), its
	 * place in the transparency log ({@code log}) and the declaration chain ({@link DeclarationIntegrity}).
	 */
	public record Integrity(boolean valid, int events, String head, Long brokenAtSeq, String reason,
			RecordFold.Check record, LogIntegrity log, Integer declarations) {

		public Integrity(boolean valid, int events, String head, Long brokenAtSeq, String reason) {
			this(valid, events, head, brokenAtSeq, reason, null, null, null);
		}

		public Integrity(boolean valid, int events, String head, Long brokenAtSeq, String reason,
				RecordFold.Check record, LogIntegrity log) {
			this(valid, events, head, brokenAtSeq, reason, record, log, null);
		}

	}

	/** A stored event and its index in the transparency log (null until sequenced). */
	public record LoggedEvent(StoredEvent event, Long logIndex) {
	}

}
