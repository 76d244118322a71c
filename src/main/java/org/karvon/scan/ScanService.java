package org.karvon.scan;

import java.time.Clock;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.Page;
import org.karvon.consignment.application.ConsignmentService;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.qr.DecodeResult;
import org.karvon.qr.QrDecoder;
import org.karvon.scan.persistence.ScanLog;
import org.karvon.security.Actor;
import org.karvon.security.Role;
import org.karvon.signing.application.TrustedKeys;
import org.karvon.signing.Verification;
import org.karvon.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
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

	private final PostAccessGrants grants;

	private final TrustedKeys keys;

	private final QrDecoder decoder = new QrDecoder();

	private final ScanLog scanLog;

	private final ScanProperties properties;

	private final Clock clock;

	ScanService(Consignments consignments, ConsignmentService access, PostAccessGrants grants, TrustedKeys keys,
			ScanLog scanLog, ScanProperties properties, Clock clock) {
		this.consignments = consignments;
		this.access = access;
		this.grants = grants;
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
			return Mono.fromCallable(() -> decoder.decode(image)).subscribeOn(Schedulers.boundedElastic());
		}).flatMap((decoded) -> classify(textIn(decoded))).flatMap((outcome) -> recorded(officer, outcome, ScanMethod.IMAGE));
	}

	public Mono<ScanOutcome> scanNumber(Actor officer, String rawNumber) {
		return Mono.defer(() -> {
			requireOfficer(officer);
			ConsignmentNumber number = ConsignmentService.parseNumber(rawNumber);
			// a typed number proves nothing about the truck: it shows only what the officer may already see
			return consignments.byNumber(number)
				.filterWhen((record) -> access.mayRead(officer, record))
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
			return Mono.error(ApiException.forbidden("Officers do not read scan logs."));
		}
		return access.readable(actor, number)
			.filter((record) -> actor.is(Role.ADMIN) || actor.belongsTo(record.carrierOrganizationId()))
			.switchIfEmpty(Mono.error(() -> ConsignmentService.notFound(number)))
			.flatMap((record) -> scanLog.of(record.number(), page, size));
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
			if (loaded.isPresent() && loaded.get().qrToken().equals(qr)) {
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

	private Mono<ScanOutcome> recorded(Actor officer, ScanOutcome outcome, ScanMethod method) {
		Mono<Void> opened = (method == ScanMethod.NUMBER) ? Mono.empty()
				: outcome.record().map((record) -> openToPost(officer, record)).orElse(Mono.empty());
		ScanEntry entry = new ScanEntry(clock.instant(), officer.username(), officer.postCode(), officer.country(),
				outcome.verdict(), outcome.record().map((record) -> record.number().toString()), method);
		return opened.then(scanLog.append(entry)).thenReturn(outcome);
	}

	private Mono<Void> openToPost(Actor officer, ConsignmentRecord record) {
		return access.mayRead(officer, record).flatMap((mayRead) -> mayRead ? Mono.<Void>empty()
				: grants.grant(record.number(), officer.postCode(), clock.instant())
					.doOnSuccess((done) -> log.info("Consignment {} opened to post {} after a genuine scan by {}",
							record.number(), officer.postCode(), officer.username())));
	}

	private static String textIn(DecodeResult decoded) {
		if (decoded instanceof DecodeResult.Decoded found) {
			return found.text();
		}
		if (decoded instanceof DecodeResult.NoCode) {
			throw ApiException.unprocessable("NO_QR_CODE", "No QR code could be read in the photo; hold the camera "
					+ "closer, keep the code flat and evenly lit, or type the number.");
		}
		if (decoded instanceof DecodeResult.TooLarge large) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Image too large", "The photo has " + large.width() + "x"
					+ large.height() + " pixels; send at most " + QrDecoder.MAX_PIXELS / 1_000_000 + " megapixels.",
					"IMAGE_TOO_LARGE", java.util.List.of());
		}
		throw ApiException.unprocessable("NOT_AN_IMAGE", "The upload is not a readable PNG or JPEG image.");
	}

	private static void requireOfficer(Actor actor) {
		if (!actor.is(Role.OFFICER)) {
			throw ApiException.forbidden("Only customs officers scan QR codes.");
		}
	}

}
