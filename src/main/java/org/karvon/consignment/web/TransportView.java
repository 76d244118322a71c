package org.karvon.consignment.web;

import java.util.List;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.Seal;
import org.karvon.consignment.access.Visibility;

/**
 * What a post off the itinerary sees after a genuine scan, before its own ENTRY: what an officer checks
 * against the truck — number, status, route, plates, containers, seals, location — and no parties,
 * goods or values. {@code view} is always {@code TRANSPORT}, so clients can tell it from the record.
 */
public record TransportView(String view, String number, String status, int version, String departurePost,
		String destinationPost, List<String> itinerary, ConsignmentDraft.TransportDraft transport, List<String> seals,
		ConsignmentView.Location location) {

	public static TransportView of(ConsignmentRecord record) {
		Consignment c = record.consignment();
		ConsignmentDraft declared = ConsignmentDraft.of(c.details());
		return new TransportView(Visibility.TRANSPORT.name(), c.number().toString(), c.status().name(), c.version(),
				declared.departurePost(), declared.destinationPost(), declared.itinerary(),
				ConsignmentDraft.TransportDraft.of(c.transport()),
				c.seals().stream().map(Seal::toString).toList(), ConsignmentView.locationOf(c));
	}

	/** The view the asker is entitled to: the whole record, or the transport view. */
	public static Object of(ConsignmentRecord record, Visibility visibility) {
		return (visibility == Visibility.FULL) ? ConsignmentView.of(record) : of(record);
	}

}
