package org.karvon.consignment.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentQuery;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.PostCode;
import org.karvon.kernel.Page;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.qr.QrRenderer;
import org.karvon.registry.persistence.Registries;
import org.karvon.kernel.Actor;
import org.karvon.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The consignment record: carriers declare, everyone allowed to see it reads, prints and scans it. */
@Tag(name = "Consignments")
@RestController
@RequestMapping("/api/consignments")
class ConsignmentController {

	private final ConsignmentService consignments;

	private final QrImages images;

	private final AccompanyingDocuments documents;

	private final Registries registries;

	ConsignmentController(ConsignmentService consignments, QrImages images, AccompanyingDocuments documents,
			Registries registries) {
		this.consignments = consignments;
		this.images = images;
		this.documents = documents;
		this.registries = registries;
	}

	@Operation(operationId = "registerConsignment",
			summary = "Register a consignment: it gets its MRN-style number and a signed QR code",
			description = "CARRIER. The answer is the stored record (201, Location /api/consignments/{number}) with its "
					+ "number, status REGISTERED, version 1 and qr, the signed text its QR code carries. An optional "
					+ "transitDeadline (ISO-8601 with offset, in the future) overrides the rule's deadline.")
	@PostMapping
	Mono<ResponseEntity<ConsignmentView>> register(@AuthenticationPrincipal Actor actor,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "contract", summary = "The API contract's registration", value = RegistrationExample.JSON)))
			@RequestBody ConsignmentDraft draft) {
		return consignments.register(actor, draft)
			.map((record) -> ResponseEntity.created(URI.create("/api/consignments/" + record.number()))
				.body(ConsignmentView.of(record)));
	}

	@Operation(operationId = "listConsignments",
			summary = "A page of the consignments the caller may see, newest first",
			description = "Filters: status, q (number prefix or vehicle plate), overdue=true (past the transit deadline, "
					+ "not arrived), post (departing from or destined for that post, e.g. the officer's own)")
	@GetMapping
	Mono<Page<ConsignmentView>> list(@AuthenticationPrincipal Actor actor,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String post,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ConsignmentQuery.DEFAULT_SIZE) int size) {
		ConsignmentQuery query;
		try {
			query = new ConsignmentQuery(parseStatus(status), Optional.ofNullable(q), overdue,
					Optional.ofNullable(post).map(PostCode::parse), page, size);
		}
		catch (InvalidValueException ex) {
			throw ApiException.badRequest("Invalid query", ex.getMessage());
		}
		return consignments.list(actor, query).map((found) -> found.map(ConsignmentView::of));
	}

	/** The record; to a post off the itinerary before its own ENTRY, the transport view only. */
	@Operation(operationId = "readConsignment",
			summary = "The record; at a post off the itinerary before its own ENTRY, the transport view only",
			description = "The owner carrier, officers of the itinerary's countries (or of a post off it after its own "
					+ "ENTRY), ADMIN; anyone else 404, so existence does not leak.")
	@ApiResponse(responseCode = "200", description = "The record, or the transport view (view: TRANSPORT, no parties "
			+ "or goods)", content = @Content(schema = @Schema(implementation = ConsignmentView.class)))
	@GetMapping("/{number}")
	Mono<Object> read(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return consignments.viewable(actor, number).map((seen) -> TransportView.of(seen.record(), seen.visibility()));
	}

	@Operation(operationId = "amendConsignment",
			summary = "Amend the declaration while REGISTERED: version + 1 and a new QR code",
			description = "The owner carrier, while REGISTERED (else 409 NOT_REGISTERED). The old QR code scans SUPERSEDED "
					+ "from now on.")
	@PutMapping("/{number}")
	Mono<ConsignmentView> amend(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestBody ConsignmentDraft draft) {
		return consignments.amend(actor, number, draft).map(ConsignmentView::of);
	}

	@Operation(operationId = "cancelConsignment",
			summary = "Cancel the consignment while REGISTERED",
			description = "The owner carrier, while REGISTERED (else 409 NOT_REGISTERED). Its QR code scans CANCELLED from "
					+ "now on.")
	@PostMapping("/{number}/cancel")
	Mono<ConsignmentView> cancel(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return consignments.cancel(actor, number).map(ConsignmentView::of);
	}

	@Operation(operationId = "renderQrPng",
			summary = "The QR code as a PNG image, encoding exactly qr",
			description = "Who may read the record. size in pixels, 128 to 1024.")
	@GetMapping(path = "/{number}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	Mono<ResponseEntity<byte[]>> qrPng(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestParam(defaultValue = "512") int size) {
		if (size < QrRenderer.MIN_SIZE_PX || size > QrRenderer.MAX_SIZE_PX) {
			throw ApiException.badRequest("Invalid size",
					"size must be between " + QrRenderer.MIN_SIZE_PX + " and " + QrRenderer.MAX_SIZE_PX + " pixels");
		}
		return consignments.readable(actor, number)
			.publishOn(Schedulers.boundedElastic()) // rendering is CPU work and ImageIO may write a temp file
			.map((record) -> privateFile(MediaType.IMAGE_PNG, null).body(images.png(record.qrToken(), size)));
	}

	@Operation(operationId = "renderQrSvg",
			summary = "The QR code as an SVG image, encoding exactly qr",
			description = "Who may read the record.")
	@GetMapping(path = "/{number}/qr.svg", produces = "image/svg+xml")
	Mono<ResponseEntity<String>> qrSvg(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return consignments.readable(actor, number)
			.publishOn(Schedulers.boundedElastic())
			.map((record) -> privateFile(MediaType.parseMediaType("image/svg+xml"), null).body(images.svg(record.qrToken())));
	}

	@Operation(operationId = "renderDocument",
			summary = "The accompanying document (PDF) with the QR code",
			description = "Who may read the record.")
	@GetMapping(path = "/{number}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	Mono<ResponseEntity<byte[]>> document(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return consignments.readable(actor, number)
			.zipWith(registries.current())
			.publishOn(Schedulers.boundedElastic())
			.map((found) -> privateFile(MediaType.APPLICATION_PDF, "karvon-" + found.getT1().number() + ".pdf")
				.body(documents.render(found.getT1(), found.getT2())));
	}

	private static ResponseEntity.BodyBuilder privateFile(MediaType type, String filename) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore());
		if (filename != null) {
			builder.header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString());
		}
		return builder;
	}

	private static Optional<ConsignmentStatus> parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ConsignmentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("Invalid status",
					"status must be one of " + Arrays.toString(ConsignmentStatus.values()));
		}
	}

}
