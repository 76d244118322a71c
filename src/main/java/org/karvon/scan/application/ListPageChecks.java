package org.karvon.scan.application;

import java.util.List;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.Role;
import org.karvon.scan.ListPageReport;
import org.karvon.signing.QrClaims;
import org.karvon.signing.Verification;
import org.karvon.signing.application.TrustedKeys;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Officers check the list pages of a block train's document against the consignment's signed code.
 * Nothing of the record is shown: the answer is only about the pages the officer holds, so no
 * visibility beyond the officer role is needed (the code itself, genuine, is the credential).
 */
@Service
public class ListPageChecks {

	private final TrustedKeys keys;

	private final Consignments consignments;

	ListPageChecks(TrustedKeys keys, Consignments consignments) {
		this.keys = keys;
		this.consignments = consignments;
	}

	/** The token as the verifier judged it, and what the pages say against it. */
	public record Checked(Verification token, ListPageReport report) {
	}

	public Mono<Checked> check(Actor officer, String qr, List<String> pages) {
		if (!officer.is(Role.OFFICER)) {
			return Mono.error(new DomainException.NotPermitted("Only customs officers check list pages."));
		}
		return keys.verify(qr).flatMap((verification) -> {
			if (!(verification instanceof Verification.Genuine genuine)) {
				return Mono.just(new Checked(verification, ListPageReport.unverifiedToken()));
			}
			QrClaims claims = genuine.claims();
			return heldList(claims).map((held) -> new Checked(verification, ListPageReport.of(claims, held, pages)));
		});
	}

	/** The list Karvon holds for the signed consignment version, when that version is the current one. */
	private Mono<Optional<List<String>>> heldList(QrClaims claims) {
		Optional<ConsignmentNumber> number;
		try {
			number = Optional.of(ConsignmentNumber.parse(claims.number()));
		}
		catch (RuntimeException ex) {
			number = Optional.empty();
		}
		return number.map(consignments::byNumber).orElse(Mono.empty())
			.filter((record) -> record.consignment().version() == claims.version())
			.map(ListPageChecks::listed)
			.defaultIfEmpty(Optional.empty());
	}

	private static Optional<List<String>> listed(ConsignmentRecord record) {
		return Optional.of(record.consignment().details().transport().listedUnits());
	}

}
