package org.karvon.consignment;

import java.util.ArrayList;
import java.util.List;

import org.karvon.consignment.ConsignmentDraft.GoodsDraft;
import org.karvon.consignment.ConsignmentDraft.LinksDraft;
import org.karvon.consignment.ConsignmentDraft.MoneyDraft;
import org.karvon.consignment.ConsignmentDraft.PartyDraft;
import org.karvon.consignment.ConsignmentDraft.TransportDraft;

/**
 * Drafts as a carrier would submit them; starts from the cotton shipment Tashkent → Almaty.
 */
public final class ConsignmentDraftBuilder {

	private PartyDraft consignor = new PartyDraft("Silk Way Textiles LLC", "UZ", "Tashkent", null);

	private PartyDraft consignee = new PartyDraft("Almaty Trade House", "KZ", "Almaty", null);

	private String departurePost = "UZTAS";

	private String destinationPost = "KZALA";

	private List<String> itinerary = List.of("UZ", "KZ");

	private TransportDraft transport = new TransportDraft("ROAD", List.of("01A123BC"), List.of());

	private List<String> seals = List.of("UZ1234567");

	private List<GoodsDraft> goods = new ArrayList<>(List.of(rawCotton()));

	private LinksDraft links;

	public static ConsignmentDraftBuilder aDraft() {
		return new ConsignmentDraftBuilder();
	}

	public static GoodsDraft rawCotton() {
		return new GoodsDraft("520100", "Raw cotton", 40, "20000", "19500", new MoneyDraft("45000.00", "USD"));
	}

	public ConsignmentDraftBuilder from(String post) {
		this.departurePost = post;
		return this;
	}

	public ConsignmentDraftBuilder to(String post) {
		this.destinationPost = post;
		return this;
	}

	public ConsignmentDraftBuilder via(String... countries) {
		this.itinerary = List.of(countries);
		return this;
	}

	public ConsignmentDraftBuilder consignor(PartyDraft party) {
		this.consignor = party;
		return this;
	}

	public ConsignmentDraftBuilder transport(TransportDraft transport) {
		this.transport = transport;
		return this;
	}

	public ConsignmentDraftBuilder sealedWith(String... seals) {
		this.seals = List.of(seals);
		return this;
	}

	public ConsignmentDraftBuilder goods(GoodsDraft... goods) {
		this.goods = List.of(goods);
		return this;
	}

	public ConsignmentDraftBuilder links(LinksDraft links) {
		this.links = links;
		return this;
	}

	public ConsignmentDraft build() {
		return new ConsignmentDraft(this.consignor, this.consignee, this.departurePost, this.destinationPost,
				this.itinerary, this.transport, this.seals, this.goods, this.links);
	}

}
