package org.karvon.consignment.web;

import java.time.Instant;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ContainerNumber;
import org.karvon.consignment.CountryCode;
import org.karvon.consignment.Party;
import org.karvon.consignment.PostCode;
import org.karvon.consignment.Seal;
import org.karvon.document.AccompanyingDocument;
import org.karvon.document.DocumentData;
import org.karvon.registry.Registry;
import org.karvon.signing.application.TrustedKeys;
import org.karvon.signing.Verification;

import org.springframework.stereotype.Component;

/** Maps a consignment record onto the printable accompanying document. */
@Component
class AccompanyingDocuments {

	private final AccompanyingDocument document = new AccompanyingDocument();

	private final QrImages images;

	private final TrustedKeys keys;

	AccompanyingDocuments(QrImages images, TrustedKeys keys) {
		this.images = images;
		this.keys = keys;
	}

	byte[] render(ConsignmentRecord record, Registry registry) {
		Consignment c = record.consignment();
		ConsignmentDetails d = c.details();
		DocumentData data = new DocumentData(c.number().toString(), c.version(), issuedAt(record), record.carrierName(),
				party(d.consignor()), party(d.consignee()), post(d.departurePost(), registry),
				post(d.destinationPost(), registry), d.itinerary().countries().stream().map(CountryCode::toString).toList(),
				new DocumentData.Transport(d.transport().mode().name(), d.transport().vehiclePlates(),
						d.transport().containers().stream().map(ContainerNumber::toString).toList()),
				c.seals().stream().map(Seal::toString).toList(),
				d.goods().stream().map((item) -> new DocumentData.GoodsLine(item.hsCode().toString(), item.description(),
						item.packages(), item.grossMassKg().toPlainString(), item.value().amount().toPlainString(),
						item.value().currency().toString())).toList());
		return document.render(data, images.png(record.qrToken(), 512));
	}

	/** The time this version's token was signed, as the token itself says. */
	private Instant issuedAt(ConsignmentRecord record) {
		if (keys.verifier().verify(record.qrToken()) instanceof Verification.Genuine genuine) {
			return genuine.claims().issuedAt();
		}
		return record.consignment().updatedAt();
	}

	private static DocumentData.Party party(Party party) {
		return new DocumentData.Party(party.name(), party.country().toString(), party.address());
	}

	private static DocumentData.Post post(PostCode code, Registry registry) {
		return new DocumentData.Post(code.toString(),
				registry.post(code.toString()).map((post) -> post.name()).orElse(code.toString()));
	}

}
