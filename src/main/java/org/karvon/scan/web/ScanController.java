package org.karvon.scan.web;

import org.karvon.kernel.Page;
import org.karvon.scan.application.ListPageChecks;
import org.karvon.scan.application.ScanProperties;
import org.karvon.scan.application.ScanService;
import org.karvon.kernel.Actor;
import org.karvon.web.ApiException;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/** Officers scan codes, photos and numbers; anyone may verify a code; owners read who scanned theirs. */
@Tag(name = "Scanning")
@RestController
class ScanController {

	private static final int MAX_PAGE_SIZE = 100;

	/** One operation in the API description for both forms of a scan (JSON documented first). */
	private static final String SCAN = "Scan a code: its text (qr) or a typed number as JSON, or a photo as multipart "
			+ "part image";

	private static final String SCAN_DESCRIPTION = "OFFICER. JSON {\"qr\"} with the text a scanner read, or {\"number\"} "
			+ "typed by hand (exactly one of them); or multipart with part image, a PNG or JPEG photo. Every scan is "
			+ "logged. verdict VALID, SUPERSEDED or CANCELLED comes with the record as this officer may see it; at a "
			+ "post whose country is not on the itinerary a genuine VALID code opens the transport view there.";

	private final ScanService scans;

	private final ListPageChecks listPages;

	private final int maxImageBytes;

	private final int maxQrLength;

	ScanController(ScanService scans, ListPageChecks listPages, ScanProperties properties) {
		this.scans = scans;
		this.listPages = listPages;
		this.maxImageBytes = (int) properties.maxImageBytes().toBytes();
		this.maxQrLength = properties.maxQrLength();
	}

	@Operation(operationId = "scan", summary = SCAN, description = SCAN_DESCRIPTION)
	@PostMapping(path = "/api/scans", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ScanResponse> scan(@AuthenticationPrincipal Actor actor, @RequestBody ScanRequest request) {
		request.requireExactlyOne();
		return (request.hasQr() ? scans.scanToken(actor, request.qr()) : scans.scanNumber(actor, request.number()))
			.map(ScanResponse::of);
	}

	@Operation(operationId = "scan", summary = SCAN, description = SCAN_DESCRIPTION)
	@PostMapping(path = "/api/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ScanResponse> scanPhoto(@AuthenticationPrincipal Actor actor,
			@Parameter(description = "A PNG or JPEG photo of the code", schema = @Schema(type = "string", format = "binary"))
			@RequestPart("image") Part image) {
		return DataBufferUtils.join(image.content(), maxImageBytes)
			.map(ScanController::bytes)
			.flatMap((bytes) -> scans.scanImage(actor, bytes))
			.map(ScanResponse::of);
	}

	/** A block train's list pages, checked against the signed container and wagon digest of its code. */
	@Operation(operationId = "scanListPages",
			summary = "Check a block train's list pages against the digest signed in its code",
			description = "OFFICER. The consignment's qr and 1 to 50 list-page codes (KVL1:...).")
	@PostMapping(path = "/api/scans/list-page", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ListPageResponse> listPage(@AuthenticationPrincipal Actor actor, @RequestBody ListPageRequest request) {
		request.requireValid(maxQrLength);
		return listPages.check(actor, request.qr(), request.pages()).map(ListPageResponse::of);
	}

	@Operation(operationId = "verifyCode",
			summary = "Public check of a code's text: verdict, number and status, nothing else",
			description = "Public: anyone holding a code can check it; nothing of the declaration is disclosed.")
	@GetMapping("/api/verify")
	Mono<VerifyResponse> verify(@RequestParam String qr) {
		if (qr.isBlank()) {
			throw ApiException.badRequest("Missing QR text", "Pass the text of the QR code as the qr parameter.");
		}
		return scans.verify(qr).map(VerifyResponse::of);
	}

	@Operation(operationId = "listScans",
			summary = "Who scanned the consignment, newest first (owner carrier, ADMIN)",
			description = "The owner carrier and ADMIN; officers 403, anyone else 404.")
	@GetMapping("/api/consignments/{number}/scans")
	Mono<Page<ScanLogView>> history(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.badRequest("Invalid page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		return scans.history(actor, number, page, size).map((found) -> found.map(ScanLogView::of));
	}

	/** Every scan that opened the record to a post off its itinerary: for the carrier and the itinerary states. */
	@Operation(operationId = "listGrants",
			summary = "The scans that opened the record to a post off its itinerary",
			description = "The owner carrier, officers of the itinerary's countries, ADMIN.")
	@GetMapping("/api/consignments/{number}/grants")
	Mono<Page<ScanLogView>> grants(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.badRequest("Invalid page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		return scans.grants(actor, number, page, size).map((found) -> found.map(ScanLogView::of));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
