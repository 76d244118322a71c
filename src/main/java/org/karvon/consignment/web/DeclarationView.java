package org.karvon.consignment.web;

import java.time.Instant;
import java.util.List;

import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.persistence.DeclarationVersions;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version's declaration, in the shape of the record's declaration fields ({@code seals} are the
 * declared ones), with {@code canonical}: the exact text whose SHA-256 is {@code declarationHash}.
 */
record DeclarationView(String number, int version, String kind, Instant at, String declarationHash,
		ConsignmentDraft.PartyDraft consignor, ConsignmentDraft.PartyDraft consignee, String departurePost,
		String destinationPost, List<String> itinerary, ConsignmentDraft.TransportDraft transport, List<String> seals,
		List<ConsignmentDraft.GoodsDraft> goods, ConsignmentDraft.LinksDraft links, String canonical) {

	static DeclarationView of(DeclarationVersions.Logged logged, JsonMapper json) {
		DeclarationEntry e = logged.entry();
		String text = e.declaration().orElseThrow();
		ConsignmentDraft d = json.readValue(text, ConsignmentDraft.class);
		return new DeclarationView(e.consignmentNumber(), e.version(), e.kind().name(), e.at(), e.declarationHash(),
				d.consignor(), d.consignee(), d.departurePost(), d.destinationPost(), d.itinerary(), d.transport(),
				d.seals(), d.goods(), d.links(), text);
	}

}
