package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.FieldErrors;
import org.karvon.kernel.PostCode;
import org.karvon.kernel.RawText;
import org.karvon.kernel.Validated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.karvon.consignment.ConsignmentDraft.GoodsDraft;
import org.karvon.consignment.ConsignmentDraft.LinksDraft;
import org.karvon.consignment.ConsignmentDraft.PartyDraft;
import org.karvon.consignment.ConsignmentDraft.TransportDraft;

/**
 * Turns a {@link ConsignmentDraft} into {@link ConsignmentDetails}, naming every bad field with a JSON
 * path ({@code consignor.country}, {@code goods[0].hsCode}, {@code transport.containers[1]}). Whether
 * the posts exist is checked later against the registry; here only their format and country are.
 */
final class ConsignmentDraftParser {

	private ConsignmentDraftParser() {
	}

	static Validated<ConsignmentDetails> parse(ConsignmentDraft draft) {
		FieldErrors errors = new FieldErrors();
		Party consignor = party("consignor", draft.consignor(), errors);
		Party consignee = party("consignee", draft.consignee(), errors);
		PostCode departure = errors.check("departurePost", () -> PostCode.parse(draft.departurePost()));
		PostCode destination = errors.check("destinationPost", () -> PostCode.parse(draft.destinationPost()));
		Itinerary itinerary = itinerary(draft.itinerary(), departure, destination, errors);
		Transport transport = transport(draft.transport(), errors);
		List<Seal> seals = errors.each("seals", draft.seals(), 0, ConsignmentDetails.MAX_SEALS, Seal::parse);
		List<GoodsItem> goods = goods(draft.goods(), errors);
		RegimeLinks links = links(draft.links(), errors);
		return errors.toResult(() -> new ConsignmentDetails(consignor, consignee, departure, destination, itinerary,
				transport, seals, goods, links));
	}

	private static Party party(String field, PartyDraft party, FieldErrors errors) {
		if (party == null) {
			errors.reject(field, "is required");
			return null;
		}
		String name = errors.check(field + ".name", () -> RawText.text(party.name(), Party.MAX_NAME));
		CountryCode country = errors.check(field + ".country", () -> CountryCode.parse(party.country()));
		String address = errors.check(field + ".address", () -> RawText.text(party.address(), Party.MAX_ADDRESS));
		Optional<String> taxId = errors.check(field + ".taxId",
				() -> RawText.optionalText(party.taxId(), Party.MAX_TAX_ID));
		return errors.isEmpty() ? new Party(name, country, address, taxId) : null;
	}

	private static Itinerary itinerary(List<String> raw, PostCode departure, PostCode destination, FieldErrors errors) {
		List<CountryCode> countries = errors.each("itinerary", raw, Itinerary.MIN, Itinerary.MAX, CountryCode::parse);
		if (countries.isEmpty() || countries.contains(null)) {
			return null;
		}
		Itinerary itinerary = errors.check("itinerary", () -> new Itinerary(countries));
		if (itinerary != null && departure != null && !itinerary.first().equals(departure.country())) {
			errors.reject("itinerary[0]", "must be " + departure.country() + ", the country of the departure post");
		}
		if (itinerary != null && destination != null && !itinerary.last().equals(destination.country())) {
			errors.reject("itinerary[" + (countries.size() - 1) + "]",
					"must be " + destination.country() + ", the country of the destination post");
		}
		return itinerary;
	}

	private static Transport transport(TransportDraft transport, FieldErrors errors) {
		if (transport == null) {
			errors.reject("transport", "is required");
			return null;
		}
		TransportMode mode = errors.check("transport.mode", () -> RawText.oneOf(TransportMode.class, transport.mode()));
		List<String> plates = errors.each("transport.vehiclePlates", transport.vehiclePlates(), 0,
				Transport.MAX_PLATES, Transport::plate);
		List<ContainerNumber> containers = errors.each("transport.containers", transport.containers(), 0,
				Transport.MAX_CONTAINERS, ContainerNumber::parse);
		List<WagonNumber> wagons = errors.each("transport.wagons", transport.wagons(), 0, Transport.MAX_WAGONS,
				WagonNumber::parse);
		Optional<String> vessel = errors.check("transport.vessel", () -> Transport.vessel(transport.vessel()));
		rejectRepeated("transport.containers", containers, errors);
		rejectRepeated("transport.wagons", wagons, errors);
		return errors.isEmpty() ? new Transport(mode, plates, containers, wagons, vessel) : null;
	}

	static void rejectRepeated(String field, List<?> entries, FieldErrors errors) {
		int repeated = Transport.firstRepeated(entries);
		if (repeated >= 0) {
			errors.reject(field + "[" + repeated + "]", "is listed twice");
		}
	}

	private static List<GoodsItem> goods(List<GoodsDraft> raw, FieldErrors errors) {
		List<GoodsDraft> drafts = (raw != null) ? raw : List.of();
		if (drafts.isEmpty() || drafts.size() > ConsignmentDetails.MAX_GOODS) {
			errors.reject("goods", "must have 1 to " + ConsignmentDetails.MAX_GOODS + " items, got " + drafts.size());
		}
		List<GoodsItem> goods = new ArrayList<>();
		for (int i = 0; i < drafts.size() && i < ConsignmentDetails.MAX_GOODS; i++) {
			goods.add(GoodsItemParser.parse("goods[" + i + "]", drafts.get(i), errors));
		}
		return goods;
	}

	private static RegimeLinks links(LinksDraft links, FieldErrors errors) {
		if (links == null) {
			return RegimeLinks.none();
		}
		Optional<String> tir = errors.check("links.tirCarnet", () -> optional(links.tirCarnet())
			.map(RegimeLinks::tirCarnet));
		Optional<NctsMrn> mrn = errors.check("links.nctsMrn", () -> optional(links.nctsMrn()).map(NctsMrn::parse));
		Optional<String> ecmr = errors.check("links.ecmrId",
				() -> RawText.optionalText(links.ecmrId(), RegimeLinks.MAX_ECMR_ID));
		return errors.isEmpty() ? new RegimeLinks(tir, mrn, ecmr) : null;
	}

	private static Optional<String> optional(String raw) {
		return (raw == null || raw.isBlank()) ? Optional.empty() : Optional.of(raw);
	}

	static Optional<BigDecimal> optionalDecimal(String raw) {
		return optional(raw).map(RawText::decimal);
	}

}
