package org.karvon.scan.web;

import org.karvon.kernel.Page;
import org.karvon.scan.application.ListPageChecks;
import org.karvon.scan.application.ScanProperties;
import org.karvon.scan.application.ScanService;
import org.karvon.kernel.Actor;
import org.karvon.web.ApiException;
import reactor.core.publisher.Mono;

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
@RestController
class ScanController {

	private static final int MAX_PAGE_SIZE = 100;

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

	@PostMapping(path = "/api/scans", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ScanResponse> scan(@AuthenticationPrincipal Actor actor, @RequestBody ScanRequest request) {
		request.requireExactlyOne();
		return (request.hasQr() ? scans.scanToken(actor, request.qr()) : scans.scanNumber(actor, request.number()))
			.map(ScanResponse::of);
	}

	@PostMapping(path = "/api/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ScanResponse> scanPhoto(@AuthenticationPrincipal Actor actor, @RequestPart("image") Part image) {
		return DataBufferUtils.join(image.content(), maxImageBytes)
			.map(ScanController::bytes)
			.flatMap((bytes) -> scans.scanImage(actor, bytes))
			.map(ScanResponse::of);
	}

	/** A block train's list pages, checked against the signed container and wagon digest of its code. */
	@PostMapping(path = "/api/scans/list-page", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ListPageResponse> listPage(@AuthenticationPrincipal Actor actor, @RequestBody ListPageRequest request) {
		request.requireValid(maxQrLength);
		return listPages.check(actor, request.qr(), request.pages()).map(ListPageResponse::of);
	}

	@GetMapping("/api/verify")
	Mono<VerifyResponse> verify(@RequestParam String qr) {
		if (qr.isBlank()) {
			throw ApiException.badRequest("Missing QR text", "Pass the text of the QR code as the qr parameter.");
		}
		return scans.verify(qr).map(VerifyResponse::of);
	}

	@GetMapping("/api/consignments/{number}/scans")
	Mono<Page<ScanLogView>> history(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.badRequest("Invalid page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		return scans.history(actor, number, page, size).map((found) -> found.map(ScanLogView::of));
	}

	/** Every scan that opened the record to a post off its itinerary: for the carrier and the itinerary states. */
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
