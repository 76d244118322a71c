package org.karvon.consignment.web;

import java.util.List;
import java.util.Optional;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ContainerNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.consignment.Party;
import org.karvon.kernel.PostCode;
import org.karvon.consignment.Seal;
import org.karvon.consignment.WagonNumber;
import org.karvon.document.AccompanyingDocument;
import org.karvon.document.DocumentData;
import org.karvon.registry.Registry;
import org.karvon.signing.application.TrustedKeys;
import org.karvon.signing.ContainerListPages;
import org.karvon.signing.QrClaims;
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
		Optional<QrClaims> signed = (keys.verifier().verify(record.qrToken()) instanceof Verification.Genuine genuine)
				? Optional.of(genuine.claims()) : Optional.empty();
		DocumentData data = new DocumentData(c.number().toString(), c.version(),
				signed.map(QrClaims::issuedAt).orElse(c.updatedAt()), record.carrierName(),
				party(d.consignor()), party(d.consignee()), post(d.departurePost(), registry),
				post(d.destinationPost(), registry), d.itinerary().countries().stream().map(CountryCode::toString).toList(),
				new DocumentData.Transport(d.transport().mode().name(), d.transport().vehiclePlates(),
						d.transport().containers().stream().map(ContainerNumber::toString).toList(),
						d.transport().wagons().stream().map(WagonNumber::toString).toList(),
						d.transport().vessel().orElse(null)),
				c.seals().stream().map(Seal::toString).toList(),
				d.goods().stream().map((item) -> new DocumentData.GoodsLine(item.hsCode().toString(), item.description(),
						item.packages(), item.grossMassKg().toPlainString(), item.value().amount().toPlainString(),
						item.value().currency().toString())).toList(),
				signed.filter((claims) -> !claims.listsEveryContainer()).map((claims) -> listPages(c)).orElse(List.of()));
		return document.render(data, images.png(record.qrToken(), 512));
	}

	/** The list the signed token commits to by its digest, page by page with each page's code. */
	private List<DocumentData.ListPage> listPages(Consignment c) {
		List<String> codes = ContainerListPages.pages(c.number().toString(), c.version(),
				c.details().transport().listedUnits());
		return codes.stream().map((code) -> {
			ContainerListPages.Page page = ContainerListPages.parse(code).orElseThrow();
			return new DocumentData.ListPage(page.page(), page.pages(), page.containers(), images.png(code, 400));
		}).toList();
	}

	private static DocumentData.Party party(Party party) {
		return new DocumentData.Party(party.name(), party.country().toString(), party.address());
	}

	private static DocumentData.Post post(PostCode code, Registry registry) {
		return new DocumentData.Post(code.toString(),
				registry.post(code.toString()).map((post) -> post.name()).orElse(code.toString()));
	}

}
