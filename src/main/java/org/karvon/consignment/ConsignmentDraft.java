package org.karvon.consignment;

import java.util.List;

/**
 * A consignment as a carrier submits it: raw, unvalidated text and lists. {@link #validate()} turns it
 * into {@link ConsignmentDetails} or reports every field error at once.
 */
public record ConsignmentDraft(PartyDraft consignor, PartyDraft consignee, String departurePost,
		String destinationPost, List<String> itinerary, TransportDraft transport, List<String> seals,
		List<GoodsDraft> goods, LinksDraft links) {

	public Validated<ConsignmentDetails> validate() {
		return ConsignmentDraftParser.parse(this);
	}

	public record PartyDraft(String name, String country, String address, String taxId) {
	}

	public record TransportDraft(String mode, List<String> vehiclePlates, List<String> containers) {
	}

	public record GoodsDraft(String hsCode, String description, Integer packages, String grossMassKg,
			String netMassKg, MoneyDraft value) {
	}

	public record MoneyDraft(String amount, String currency) {
	}

	public record LinksDraft(String tirCarnet, String nctsMrn, String ecmrId) {
	}

}
