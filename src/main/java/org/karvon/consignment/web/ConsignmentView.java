package org.karvon.consignment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.Seal;

/**
 * A consignment record as clients see it: the declaration in the same shape it was submitted in,
 * plus number, status, version, the QR text, the carrier, current seals, location and journal head.
 */
public record ConsignmentView(String number, String status, int version, String qr, Carrier carrier,
		ConsignmentDraft.PartyDraft consignor, ConsignmentDraft.PartyDraft consignee, String departurePost,
		String destinationPost, List<String> itinerary, ConsignmentDraft.TransportDraft transport, List<String> seals,
		List<String> declaredSeals, List<ConsignmentDraft.GoodsDraft> goods, ConsignmentDraft.LinksDraft links,
		Location location, Journal journal, Instant createdAt, Instant updatedAt) {

	public static ConsignmentView of(ConsignmentRecord record) {
		Consignment c = record.consignment();
		ConsignmentDraft declared = ConsignmentDraft.of(c.details());
		return new ConsignmentView(c.number().toString(), c.status().name(), c.version(), record.qrToken(),
				new Carrier(c.carrierOrganizationId(), record.carrierName()), declared.consignor(), declared.consignee(),
				declared.departurePost(), declared.destinationPost(), declared.itinerary(), declared.transport(),
				c.seals().stream().map(Seal::toString).toList(), declared.seals(), declared.goods(), declared.links(),
				c.location()
					.map((l) -> new Location(l.country().toString(), l.postCode().toString(), l.at()))
					.orElse(null),
				new Journal(record.journalLength(), record.journalHead()), c.createdAt(), c.updatedAt());
	}

	public record Carrier(UUID id, String name) {
	}

	/** Where the cargo was last seen: country, post and time of the latest event that placed it. */
	public record Location(String country, String post, Instant at) {
	}

	public record Journal(long events, String head) {
	}

}
