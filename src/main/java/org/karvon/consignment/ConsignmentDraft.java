package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.Validated;
import java.util.List;

/**
 * A consignment as a carrier submits it: raw, unvalidated text and lists. {@link #validate()} turns it
 * into {@link ConsignmentDetails} or reports every field error at once. {@code transitDeadline} is not
 * part of the details: whether it lies in the future depends on the clock, so the service checks it
 * ({@link TransitDeadline#parseDeclared}).
 */
public record ConsignmentDraft(PartyDraft consignor, PartyDraft consignee, String departurePost,
		String destinationPost, List<String> itinerary, TransportDraft transport, List<String> seals,
		List<GoodsDraft> goods, LinksDraft links, String transitDeadline) {

	public ConsignmentDraft(PartyDraft consignor, PartyDraft consignee, String departurePost, String destinationPost,
			List<String> itinerary, TransportDraft transport, List<String> seals, List<GoodsDraft> goods,
			LinksDraft links) {
		this(consignor, consignee, departurePost, destinationPost, itinerary, transport, seals, goods, links, null);
	}

	public Validated<ConsignmentDetails> validate() {
		return ConsignmentDraftParser.parse(this);
	}

	/** The draft that validates to exactly these details: the shape Karvon shows and stores them in. */
	public static ConsignmentDraft of(ConsignmentDetails details) {
		Transport transport = details.transport();
		RegimeLinks links = details.links();
		return new ConsignmentDraft(PartyDraft.of(details.consignor()), PartyDraft.of(details.consignee()),
				details.departurePost().toString(), details.destinationPost().toString(),
				details.itinerary().countries().stream().map(CountryCode::toString).toList(),
				TransportDraft.of(transport),
				details.seals().stream().map(Seal::toString).toList(),
				details.goods().stream().map(GoodsDraft::of).toList(),
				new LinksDraft(links.tirCarnet().orElse(null), links.nctsMrn().map(NctsMrn::toString).orElse(null),
						links.ecmrId().orElse(null)), null);
	}

	public record PartyDraft(String name, String country, String address, String taxId) {

		static PartyDraft of(Party party) {
			return new PartyDraft(party.name(), party.country().toString(), party.address(), party.taxId().orElse(null));
		}

	}

	/** {@code wagons} and {@code vessel} may be left out (null) when there are none. */
	public record TransportDraft(String mode, List<String> vehiclePlates, List<String> containers,
			List<String> wagons, String vessel) {

		public TransportDraft(String mode, List<String> vehiclePlates, List<String> containers) {
			this(mode, vehiclePlates, containers, null, null);
		}

		public static TransportDraft of(Transport transport) {
			return new TransportDraft(transport.mode().name(), transport.vehiclePlates(),
					transport.containers().stream().map(ContainerNumber::toString).toList(),
					transport.wagons().stream().map(WagonNumber::toString).toList(), transport.vessel().orElse(null));
		}

	}

	public record GoodsDraft(String hsCode, String description, Integer packages, String grossMassKg,
			String netMassKg, MoneyDraft value) {

		static GoodsDraft of(GoodsItem item) {
			return new GoodsDraft(item.hsCode().toString(), item.description(), item.packages(),
					item.grossMassKg().toPlainString(), item.netMassKg().map(java.math.BigDecimal::toPlainString).orElse(null),
					new MoneyDraft(item.value().amount().toPlainString(), item.value().currency().toString()));
		}

	}

	public record MoneyDraft(String amount, String currency) {
	}

	public record LinksDraft(String tirCarnet, String nctsMrn, String ecmrId) {
	}

}
