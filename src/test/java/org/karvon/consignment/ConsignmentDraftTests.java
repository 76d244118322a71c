package org.karvon.consignment;

import org.karvon.kernel.FieldError;
import org.karvon.kernel.PostCode;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentDraft.GoodsDraft;
import org.karvon.consignment.ConsignmentDraft.LinksDraft;
import org.karvon.consignment.ConsignmentDraft.MoneyDraft;
import org.karvon.consignment.ConsignmentDraft.PartyDraft;
import org.karvon.consignment.ConsignmentDraft.TransportDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentDraftBuilder.aDraft;
import static org.karvon.consignment.ConsignmentDraftBuilder.rawCotton;

class ConsignmentDraftTests {

	@Test
	void turnsAValidDraftIntoTypedDetails() {
		ConsignmentDetails details = aDraft().from("uztas").to("KZALA").build().validate().orElseThrow();

		assertThat(details.departurePost()).isEqualTo(PostCode.parse("UZTAS"));
		assertThat(details.itinerary()).isEqualTo(Itinerary.of("UZ", "KZ"));
		assertThat(details.goods().get(0).value().amount()).isEqualByComparingTo("45000");
		assertThat(details.seals()).containsExactly(Seal.parse("UZ1234567"));
		assertThat(details.links()).isEqualTo(RegimeLinks.none());
	}

	@Test
	void listsEveryBadFieldWithItsJsonPath() {
		ConsignmentDraft draft = aDraft()
			.consignor(new PartyDraft("", "XX", "Tashkent", null))
			.transport(new TransportDraft("BICYCLE", List.of("01A123BC"), List.of("CSQU3054383", "CSQU3054384")))
			.goods(rawCotton(), new GoodsDraft("52", "Raw cotton", 0, "-1", null, new MoneyDraft("1.001", "USD")))
			.build();

		assertThat(draft.validate().errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
				"consignor.name", "consignor.country", "transport.mode", "transport.containers[1]",
				"goods[1].hsCode", "goods[1].packages", "goods[1].grossMassKg", "goods[1].value.amount");
	}

	@Test
	void requiresTheItineraryToRunFromTheDepartureCountryToTheDestinationCountry() {
		ConsignmentDraft draft = aDraft().from("UZTAS").to("KZALA").via("KG", "UZ").build();

		assertThat(draft.validate().errors()).containsExactly(
				new FieldError("itinerary[0]", "must be UZ, the country of the departure post"),
				new FieldError("itinerary[1]", "must be KZ, the country of the destination post"));
	}

	@Test
	void rejectsNetMassAboveGrossMass() {
		ConsignmentDraft draft = aDraft()
			.goods(new GoodsDraft("520100", "Raw cotton", 40, "100", "101", new MoneyDraft("1", "USD")))
			.build();

		assertThat(draft.validate().errors()).extracting(FieldError::field).containsExactly("goods[0].netMassKg");
	}

	@Test
	void boundsEveryListAndString() {
		ConsignmentDraft draft = aDraft()
			.consignor(new PartyDraft("N".repeat(201), "UZ", "A".repeat(501), null))
			.transport(new TransportDraft("ROAD", Collections.nCopies(11, "01A123BC"), List.of()))
			.sealedWith(Collections.nCopies(51, "S1").toArray(String[]::new))
			.via("UZ", "KZ", "UZ", "KZ", "UZ", "KZ", "UZ", "KZ", "UZ", "KZ", "UZ", "KZ", "UZ", "KZ")
			.goods()
			.build();

		assertThat(draft.validate().errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
				"consignor.name", "consignor.address", "transport.vehiclePlates", "seals", "itinerary", "goods");
	}

	@Test
	void reportsMissingSectionsInsteadOfFailing() {
		ConsignmentDraft draft = new ConsignmentDraft(null, null, null, null, null, null, null, null, null);

		assertThat(draft.validate().errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
				"consignor", "consignee", "departurePost", "destinationPost", "itinerary", "transport", "goods");
	}

	@Test
	void validatesRegimeLinks() {
		ConsignmentDraft draft = aDraft().links(new LinksDraft("XH1234", "24DE00000000000011", "E".repeat(65))).build();

		assertThat(draft.validate().errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("links.tirCarnet", "links.nctsMrn", "links.ecmrId");
	}

}
