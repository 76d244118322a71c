package org.karvon.consignment.application;

import java.time.Instant;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ContainerNumber;
import org.karvon.consignment.CountryCode;
import org.karvon.consignment.Seal;
import org.karvon.signing.QrClaims;
import org.karvon.signing.application.TrustedKeys;

import org.springframework.stereotype.Component;

/** Signs the QR token of a consignment version: the roadside facts, no commercial data. */
@Component
public class QrTokens {

	private final TrustedKeys keys;

	QrTokens(TrustedKeys keys) {
		this.keys = keys;
	}

	public String sign(Consignment consignment, Instant issuedAt) {
		return keys.signer().sign(claimsOf(consignment, issuedAt));
	}

	static QrClaims claimsOf(Consignment consignment, Instant issuedAt) {
		ConsignmentDetails details = consignment.details();
		return new QrClaims(consignment.number().toString(), consignment.version(), issuedAt,
				details.departurePost().toString(), details.destinationPost().toString(),
				details.itinerary().countries().stream().map(CountryCode::toString).toList(),
				details.transport().vehiclePlates(),
				details.transport().containers().stream().map(ContainerNumber::toString).toList(),
				consignment.seals().stream().map(Seal::toString).toList());
	}

}
