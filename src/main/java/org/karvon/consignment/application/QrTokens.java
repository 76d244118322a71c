package org.karvon.consignment.application;

import java.time.Instant;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.kernel.CountryCode;
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

	/**
	 * The token's claims. Containers and wagons form one list ({@link org.karvon.consignment.Transport#listedUnits});
	 * a short list of containers alone is listed, a long one or any wagons are carried by the list's
	 * count and digest, and the document's list pages carry the numbers.
	 */
	static QrClaims claimsOf(Consignment consignment, Instant issuedAt) {
		ConsignmentDetails details = consignment.details();
		QrClaims claims = new QrClaims(consignment.number().toString(), consignment.version(), issuedAt,
				details.departurePost().toString(), details.destinationPost().toString(),
				details.itinerary().countries().stream().map(CountryCode::toString).toList(),
				details.transport().vehiclePlates(), details.transport().listedUnits(),
				consignment.seals().stream().map(Seal::toString).toList());
		return details.transport().wagons().isEmpty() ? claims : claims.byContainerDigest();
	}

}
