package org.karvon.journal.web;

import java.util.List;

import org.karvon.consignment.web.ConsignmentView;
import org.karvon.journal.EventDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.karvon.consignment.EventType;
import org.karvon.journal.application.JournalQueries;
import org.karvon.journal.application.JournalService;
import org.karvon.journal.evidence.EvidenceBundle;
import org.karvon.kernel.Actor;
import org.karvon.web.ApiException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The movement journal of one consignment. */
@Tag(name = "Journal")
@RestController
@RequestMapping("/api/consignments/{number}")
class JournalController {

	private final JournalService journal;

	private final JournalQueries queries;

	private final JsonMapper json;

	JournalController(JournalService journal, JournalQueries queries, JsonMapper json) {
		this.journal = journal;
		this.queries = queries;
		this.json = json;
	}

	/** 201 for a new event; 200 with the stored event when the same id and content is sent again. */
	@Operation(operationId = "recordEvent", summary = "Record a movement event at the officer's own post",
			description = "type-specific blocks: inspection, seals, hold, incident, transshipment, and enquiry "
					+ "{\"outcome\"} for an ENQUIRY, which only the departure or destination state records, only while "
					+ "the consignment is overdue (409 NOT_OVERDUE, NOT_DEPARTURE_OR_DESTINATION_STATE)")
	@PostMapping("/events")
	Mono<ResponseEntity<EventView>> record(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestBody EventDraft draft) {
		return journal.record(actor, number, draft)
			.map((recorded) -> ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(EventView.of(recorded.event(), json)));
	}

	@Operation(operationId = "listEvents",
			summary = "The consignment's movement events, ordered by seq",
			description = "Who may read the record. Each event carries the hash chain (prevHash, hash) and logIndex, null "
					+ "until the transparency log has sequenced it.")
	@GetMapping("/events")
	Mono<List<EventView>> events(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestParam(defaultValue = "1") long fromSeq, @RequestParam(defaultValue = "1000") int limit) {
		if (fromSeq < 1 || limit < 1 || limit > JournalQueries.MAX_PAGE) {
			throw ApiException.badRequest("Invalid range",
					"fromSeq must be at least 1 and limit between 1 and " + JournalQueries.MAX_PAGE);
		}
		return queries.loggedEvents(actor, number, fromSeq, limit)
			.map((events) -> events.stream().map((e) -> EventView.of(e.event(), e.logIndex(), json)).toList());
	}

	@Operation(operationId = "checkIntegrity",
			summary = "Verify the hash chain, the record against it, and the transparency log",
			description = "Who may read the record. valid is false, with brokenAtSeq and reason, when any stored event no "
					+ "longer matches its hash chain.")
	@GetMapping("/integrity")
	Mono<JournalQueries.Integrity> integrity(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return queries.integrity(actor, number);
	}

	/** What this officer may record here and now; empty for anyone who records nothing. */
	@Operation(operationId = "listAllowedEvents",
			summary = "The event types this officer may record here and now",
			description = "Who may read the record, and a post with the transport view; empty for anyone who records "
					+ "nothing.")
	@GetMapping("/allowed-events")
	Mono<List<EventType>> allowedEvents(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return queries.allowedEvents(actor, number);
	}

	@Operation(operationId = "exportEvidence",
			summary = "A signed evidence bundle: the record, its journal and the keys that verify it",
			description = "Who may read the record. A JWS over the record and its journal, with the JWKS that verifies it "
					+ "offline.")
	@GetMapping("/evidence")
	Mono<ResponseEntity<EvidenceBundle>> evidence(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return queries.evidence(actor, number, ConsignmentView::of)
			.map((bundle) -> ResponseEntity.ok()
				.header("Content-Disposition",
						ContentDisposition.attachment().filename("karvon-evidence-" + number + ".json").build().toString())
				.body(bundle));
	}

}
