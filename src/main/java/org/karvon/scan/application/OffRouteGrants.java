package org.karvon.scan.application;

import java.time.Duration;
import java.time.Instant;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.SecurityLog;
import org.karvon.scan.ScanEntry;
import org.karvon.scan.persistence.ScanLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Opens a record to a post off its itinerary after a genuine current scan there: the transport view
 * and an ENTRY, for {@code karvon.scan.grant-lifetime}. The QR text is printed on paper, so a photo
 * sent over a messenger scans as well as the truck: grants are bounded per officer and day, and each
 * is a row of the scan log that the carrier and the itinerary states read.
 */
@Service
class OffRouteGrants {

	private static final Logger log = LoggerFactory.getLogger(OffRouteGrants.class);

	private final PostAccessGrants grants;

	private final ScanLog scanLog;

	private final ScanProperties properties;

	private final TransactionalOperator transaction;

	private final SecurityLog securityLog;

	OffRouteGrants(PostAccessGrants grants, ScanLog scanLog, ScanProperties properties,
			TransactionalOperator transaction, SecurityLog securityLog) {
		this.securityLog = securityLog;
		this.grants = grants;
		this.scanLog = scanLog;
		this.properties = properties;
		this.transaction = transaction;
	}

	/**
	 * Logs the scan, granting the post access unless it already has a live grant; refuses with
	 * {@code SCAN_GRANT_LIMIT} once the officer has had their day's grants (the scan is logged anyway).
	 * One transaction per officer at a time, so parallel scans count each other.
	 */
	Mono<Void> grantOrRefuse(Actor officer, ConsignmentRecord record, ScanEntry entry) {
		Instant now = entry.at();
		return scanLog.lockGrantsOf(officer.username())
			.then(grants.stateOf(record.number(), officer.postCode(), now))
			.flatMap((state) -> (state != PostGrant.NONE) ? scanLog.append(entry) : grantNew(officer, record, entry))
			.as(transaction::transactional)
			.onErrorResume(DomainException.Refused.class, (ex) -> scanLog.append(entry).then(Mono.error(ex)));
	}

	private Mono<Void> grantNew(Actor officer, ConsignmentRecord record, ScanEntry entry) {
		Instant now = entry.at();
		return scanLog.grantsBy(officer.username(), now.minus(Duration.ofDays(1))).flatMap((count) -> {
			if (count >= properties.grantsPerOfficerPerDay()) {
				securityLog.record("SCAN_GRANT_REFUSED", officer.username(), "", "SCAN_GRANT_LIMIT "
						+ record.number() + " at " + officer.postCode());
				return Mono.<Void>error(limitReached());
			}
			return grants.grant(record.number(), officer.postCode(), officer.username(), now,
					now.plus(properties.grantLifetime()))
				.flatMap((granted) -> scanLog.append(granted ? entry.withGrant() : entry).doOnSuccess((done) -> {
					if (granted) {
						securityLog.record("SCAN_GRANT", officer.username(), "", record.number() + " opened to "
								+ officer.postCode() + " (transport view, ENTRY only)");
						log.info("Consignment {} opened to post {} (transport view, ENTRY only) after a genuine scan by {}",
								record.number(), officer.postCode(), officer.username());
					}
				}));
		});
	}

	private DomainException limitReached() {
		return new DomainException.Refused("SCAN_GRANT_LIMIT", "An officer may open at most "
				+ properties.grantsPerOfficerPerDay() + " consignments off their itinerary by scanning in 24 hours;"
				+ " the scan was logged. Ask your administration if the cargo really is at your post.");
	}

}
