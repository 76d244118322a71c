package org.karvon.consignment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.Seal;
import org.karvon.consignment.TransitDeadline;

/**
 * A consignment record as clients see it: the declaration in the same shape it was submitted in,
 * plus number, status, version, the QR text, the carrier, current seals, location and journal head,
 * the transit deadline (declared by the carrier or set by Karvon's rule; null on records older than
 * deadlines) and whether the consignment is overdue. {@code transport} and {@code seals} are the
 * current ones (after transshipments and reseals); {@code declaredTransport} and {@code declaredSeals}
 * what the carrier declared.
 */
public record ConsignmentView(String number, String status, int version, String qr, Carrier carrier,
		ConsignmentDraft.PartyDraft consignor, ConsignmentDraft.PartyDraft consignee, String departurePost,
		String destinationPost, List<String> itinerary, ConsignmentDraft.TransportDraft transport, List<String> seals,
		List<String> declaredSeals, ConsignmentDraft.TransportDraft declaredTransport,
		List<ConsignmentDraft.GoodsDraft> goods, ConsignmentDraft.LinksDraft links,
		Location location, Journal journal, Instant transitDeadline, Boolean transitDeadlineDeclared, boolean overdue,
		Instant createdAt, Instant updatedAt) {

	public static ConsignmentView of(ConsignmentRecord record) {
		Consignment c = record.consignment();
		ConsignmentDraft declared = ConsignmentDraft.of(c.details());
		return new ConsignmentView(c.number().toString(), c.status().name(), c.version(), record.qrToken(),
				new Carrier(c.carrierOrganizationId(), record.carrierName()), declared.consignor(), declared.consignee(),
				declared.departurePost(), declared.destinationPost(), declared.itinerary(),
				ConsignmentDraft.TransportDraft.of(c.transport()), c.seals().stream().map(Seal::toString).toList(),
				declared.seals(), declared.transport(), declared.goods(), declared.links(),
				locationOf(c),
				new Journal(record.journalLength(), record.journalHead()),
				record.deadline().map(TransitDeadline::at).orElse(null),
				record.deadline().map(TransitDeadline::declared).orElse(null), record.overdue(), c.createdAt(),
				c.updatedAt());
	}

	static Location locationOf(Consignment c) {
		return c.location().map((l) -> new Location(l.country().toString(), l.postCode().toString(), l.at())).orElse(null);
	}

	public record Carrier(UUID id, String name) {
	}

	/** Where the cargo was last seen: country, post and time of the latest event that placed it. */
	public record Location(String country, String post, Instant at) {
	}

	public record Journal(long events, String head) {
	}

}
