package org.karvon.scan.application;

import org.karvon.kernel.Rejection;
import org.karvon.kernel.DomainException;
import org.karvon.scan.ScanEntry;
import org.karvon.scan.ScanMethod;
import org.karvon.scan.ScanOutcome;
import org.karvon.scan.TokenPeek;
import org.karvon.scan.Verdict;
import org.karvon.scan.Verdicts;
import java.time.Clock;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.kernel.Page;
import org.karvon.consignment.access.AccessPolicy;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.qr.DecodeResult;
import org.karvon.qr.QrDecoder;
import org.karvon.scan.persistence.ScanLog;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.signing.application.TrustedKeys;
import org.karvon.signing.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Answers an officer's scan with a verdict, opens the record to the officer's post when the cargo
 * turned up off its itinerary, and logs every scan. The hot path — the exact token the server issued
 * — costs one indexed read and no signature check; anything else is verified in full.
 */
@Service
public class ScanService {

	private static final Logger log = LoggerFactory.getLogger(ScanService.class);

	private final Consignments consignments;

	private final ConsignmentService access;

	private final TrustedKeys keys;

	private final QrDecoder decoder = new QrDecoder();

	private final ScanLog scanLog;

	private final ScanProperties properties;

	private final OffRouteGrants offRoute;

	private final Clock clock;

	ScanService(Consignments consignments, ConsignmentService access, OffRouteGrants offRoute, TrustedKeys keys,
			ScanLog scanLog, ScanProperties properties, Clock clock) {
		this.offRoute = offRoute;
		this.consignments = consignments;
		this.access = access;
		this.keys = keys;
		this.scanLog = scanLog;
		this.properties = properties;
		this.clock = clock;
	}

	public Mono<ScanOutcome> scanToken(Actor officer, String qr) {
		return Mono.defer(() -> {
			requireOfficer(officer);
			return classify(qr).flatMap((outcome) -> recorded(officer, outcome, ScanMethod.QR_TEXT));
		});
	}

	public Mono<ScanOutcome> scanImage(Actor officer, byte[] image) {
		return Mono.defer(() -> {
			requireOfficer(officer);
			return Mono.fromFuture(() -> decoder.submit(image));
		}).flatMap((decoded) -> classify(textIn(decoded))).flatMap((outcome) -> recorded(officer, outcome, ScanMethod.IMAGE));
	}

	public Mono<ScanOutcome> scanNumber(Actor officer, String rawNumber) {
		return Mono.defer(() -> {
			requireOfficer(officer);
			ConsignmentNumber number = ConsignmentService.parseNumber(rawNumber);
			// a typed number proves nothing about the truck: it shows only what the officer may already see
			return consignments.byNumber(number)
				.filterWhen((record) -> access.visibility(officer, record).map(Optional::isPresent))
				.switchIfEmpty(Mono.error(() -> ConsignmentService.notFound(number)));
		}).map(Verdicts::current).flatMap((outcome) -> recorded(officer, outcome, ScanMethod.NUMBER));
	}

	/** The public check: the verdict only; nothing is logged and no access is granted. */
	public Mono<ScanOutcome> verify(String qr) {
		return classify(qr);
	}

	/** Who scanned this consignment: for its owner carrier and admins; officers are refused. */
	public Mono<Page<ScanEntry>> history(Actor actor, String number, int page, int size) {
		if (actor.is(Role.OFFICER)) {
			return Mono.error(new DomainException.NotPermitted("Officers do not read scan logs."));
		}
		return access.readable(actor, number)
			.filter((record) -> actor.is(Role.ADMIN) || actor.belongsTo(record.carrierOrganizationId()))
			.switchIfEmpty(Mono.error(() -> ConsignmentService.notFound(number)))
			.flatMap((record) -> scanLog.of(record.number(), page, size));
	}

	/** The scans that opened this consignment to posts off its itinerary: for everyone who reads the record. */
	public Mono<Page<ScanEntry>> grants(Actor actor, String number, int page, int size) {
		return access.readable(actor, number).flatMap((record) -> scanLog.grantsOf(record.number(), page, size));
	}

	Mono<ScanOutcome> classify(String qr) {
		if (qr.length() > properties.maxQrLength()) {
			return Mono.just(ScanOutcome.of(Verdict.MALFORMED));
		}
		Optional<ConsignmentNumber> claimed = TokenPeek.number(qr);
		if (claimed.isEmpty()) {
			return verifyFully(qr, Optional.empty());
		}
		return consignments.byNumber(claimed.get()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap((loaded) -> {
			// once a key was revoked, even a token the server issued may be signed by it (a completed record's)
			if (loaded.isPresent() && loaded.get().qrToken().equals(qr) && !keys.anyRevoked()) {
				return Mono.just(Verdicts.current(loaded.get()));
			}
			return verifyFully(qr, loaded);
		});
	}

	private Mono<ScanOutcome> verifyFully(String qr, Optional<ConsignmentRecord> loaded) {
		return keys.verify(qr).flatMap((verification) -> {
			if (!(verification instanceof Verification.Genuine genuine)) {
				return Mono.just(Verdicts.of(verification, Optional.empty()));
			}
			String number = genuine.claims().number();
			return recordNamed(number, loaded).map((named) -> {
				if (named.isEmpty()) {
					log.warn("Genuinely signed QR token (key {}) names unknown consignment {}", genuine.kid(), number);
				}
				return Verdicts.of(genuine, named);
			});
		});
	}

	private Mono<Optional<ConsignmentRecord>> recordNamed(String number, Optional<ConsignmentRecord> loaded) {
		if (loaded.isPresent() && loaded.get().number().toString().equals(number)) {
			return Mono.just(loaded);
		}
		try {
			return consignments.byNumber(ConsignmentNumber.parse(number)).map(Optional::of).defaultIfEmpty(Optional.empty());
		}
		catch (RuntimeException ex) {
			return Mono.just(Optional.empty());
		}
	}

	/**
	 * Logs the scan and answers with the record as the officer may see it. A genuine current code at a
	 * post off the itinerary opens the transport view there (and lets the post record ENTRY); older,
	 * cancelled or typed codes open nothing.
	 */
	private Mono<ScanOutcome> recorded(Actor officer, ScanOutcome outcome, ScanMethod method) {
		ScanEntry entry = new ScanEntry(clock.instant(), officer.username(), officer.postCode(), officer.country(),
				outcome.verdict(), outcome.record().map((record) -> record.number().toString()), method, false);
		if (outcome.record().isEmpty()) {
			return scanLog.append(entry).thenReturn(outcome);
		}
		ConsignmentRecord record = outcome.record().get();
		boolean opens = method != ScanMethod.NUMBER && outcome.verdict() == Verdict.VALID
				&& AccessPolicy.dependsOnScanGrant(officer, record.consignment());
		return (opens ? offRoute.grantOrRefuse(officer, record, entry) : scanLog.append(entry))
			.then(access.visibility(officer, record))
			.map(outcome::seenAs);
	}

	private String textIn(DecodeResult decoded) {
		if (decoded instanceof DecodeResult.Decoded found) {
			return found.text();
		}
		if (decoded instanceof DecodeResult.NoCode) {
			throw unusable("NO_QR_CODE", "No QR code could be read in the photo; hold the camera "
					+ "closer, keep the code flat and evenly lit, or type the number.");
		}
		if (decoded instanceof DecodeResult.TooLarge large) {
			throw new DomainException.Unusable(Rejection.withReason("IMAGE_TOO_LARGE", "The photo has " + large.width()
					+ "x" + large.height() + " pixels, " + large.bytesNeeded() / (1024 * 1024) + " MB decoded; send at most "
					+ decoder.limits().memoryBudgetBytes() / (1024 * 1024) + " MB (e.g. a 12-megapixel 8-bit JPEG)."), true);
		}
		if (decoded instanceof DecodeResult.Busy busy) {
			throw new DomainException.Busy(Rejection.withReason("DECODER_BUSY", "Every photo decoder is busy; retry in a "
					+ "second or type the number."), busy.retryAfterSeconds());
		}
		throw unusable("NOT_AN_IMAGE", "The upload is not a readable PNG or JPEG image (only those two are accepted).");
	}

	private static DomainException unusable(String code, String message) {
		return new DomainException.Unusable(Rejection.withReason(code, message), false);
	}

	private static void requireOfficer(Actor actor) {
		if (!actor.is(Role.OFFICER)) {
			throw new DomainException.NotPermitted("Only customs officers scan QR codes.");
		}
	}

}
