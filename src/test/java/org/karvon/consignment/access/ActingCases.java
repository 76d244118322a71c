package org.karvon.consignment.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentBuilder;
import org.karvon.consignment.EventType;
import org.karvon.consignment.Movement;
import org.karvon.consignment.Seal;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.PostCode;

/**
 * The table of acting cases: an officer at a post records an event on a consignment Tashkent → Almaty
 * via UZ and KZ, where the journal has the cargo somewhere → accepted or refused with that code.
 * Every step of the legitimate trip is here, so the jurisdiction rules refuse nothing lawful.
 */
final class ActingCases {

	static final Instant AT = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600);

	static final String ACCEPTED = "ACCEPTED";

	private ActingCases() {
	}

	record Case(String name, String post, Consignment record, PostGrant grant, Whereabouts whereabouts,
			Movement movement, String expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Case> all() {
		Consignment registered = ConsignmentBuilder.aConsignment().from("UZTAS").to("KZALA").via("UZ", "KZ").build();
		Consignment departed = after(registered, EventType.DEPARTURE, "UZTAS");
		Consignment heldInKazakhstan = after(departed, EventType.HOLD, "KZZHZ");
		Consignment sealBrokenInUzbekistan = departed.record(Movement.brokenSeal(AT), post("UZYAL"), AT).orElseThrow();
		Consignment throughKazakhstan = after(ConsignmentBuilder.aConsignment().from("UZTAS").to("KGBIS")
			.via("UZ", "KZ", "KG").build(), EventType.DEPARTURE, "UZTAS");
		Whereabouts atTashkent = Whereabouts.startingAt(post("UZTAS"));
		Whereabouts inUzbekistanExpectedInKazakhstan = new Whereabouts(country("UZ"), none(), post1("UZTAS"), none(),
				country("KZ"));
		Whereabouts leftAtYallama = new Whereabouts(none(), country("UZ"), post1("UZYAL"), post1("KZZHZ"),
				country("KZ"));
		Whereabouts inKazakhstanAtZhibekZholy = new Whereabouts(country("KZ"), none(), post1("KZZHZ"), post1("UZYAL"),
				none());
		return List.of(
				new Case("departs at Tashkent", "UZTAS", registered, PostGrant.NONE, atTashkent, move(EventType.DEPARTURE), ACCEPTED),
				new Case("an inspection inside Uzbekistan", "UZYAL", departed, PostGrant.NONE,
						inUzbekistanExpectedInKazakhstan, move(EventType.INSPECTION), ACCEPTED),
				new Case("exits at a border post of the country it is in", "UZYAL", departed, PostGrant.NONE,
						inUzbekistanExpectedInKazakhstan, move(EventType.EXIT), ACCEPTED),
				new Case("Yallama inspects the cargo it just let out", "UZYAL", departed, PostGrant.NONE, leftAtYallama,
						move(EventType.INSPECTION), ACCEPTED),
				new Case("enters at the post across the border", "KZZHZ", departed, PostGrant.NONE, leftAtYallama,
						move(EventType.ENTRY), ACCEPTED),
				new Case("enters the next country at another of its posts", "KZKOR", departed, PostGrant.NONE,
						leftAtYallama, move(EventType.ENTRY), ACCEPTED),
				new Case("enters the expected country though no exit was recorded", "KZZHZ", departed, PostGrant.NONE,
						inUzbekistanExpectedInKazakhstan, move(EventType.ENTRY), ACCEPTED),
				new Case("Yallama notes an incident across the road at Zhibek Zholy", "UZYAL", departed, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, move(EventType.INCIDENT), ACCEPTED),
				new Case("arrives at the destination", "KZALA", departed, PostGrant.NONE, inKazakhstanAtZhibekZholy,
						move(EventType.ARRIVAL), ACCEPTED),
				new Case("Tashkent may not inspect cargo standing in Kazakhstan", "UZTAS", departed, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, move(EventType.INSPECTION), "CARGO_NOT_HERE"),
				new Case("Kyrgyz Dostuk may not act on cargo the journal has in Uzbekistan", "KGDST", departed,
						PostGrant.ENTERED, inUzbekistanExpectedInKazakhstan, move(EventType.INSPECTION), "CARGO_NOT_HERE"),
				new Case("Tashkent may not release the hold Kazakhstan placed", "UZTAS", heldInKazakhstan,
						PostGrant.NONE, inKazakhstanAtZhibekZholy, move(EventType.RELEASE), "HOLD_OF_ANOTHER_STATE"),
				new Case("Yallama across the road may not release it either", "UZYAL", heldInKazakhstan, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, move(EventType.RELEASE), "HOLD_OF_ANOTHER_STATE"),
				new Case("nor replace the seals of cargo Kazakhstan holds", "UZYAL", heldInKazakhstan, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, Movement.resealed(AT, List.of(Seal.parse("UZ0000001"))),
						"HOLD_OF_ANOTHER_STATE"),
				new Case("but may inspect it", "UZYAL", heldInKazakhstan, PostGrant.NONE, inKazakhstanAtZhibekZholy,
						move(EventType.INSPECTION), ACCEPTED),
				new Case("Almaty releases the hold Zhibek Zholy placed", "KZALA", heldInKazakhstan, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, move(EventType.RELEASE), ACCEPTED),
				new Case("Zhibek Zholy reseals cargo it holds", "KZZHZ", heldInKazakhstan, PostGrant.NONE,
						inKazakhstanAtZhibekZholy, Movement.resealed(AT, List.of(Seal.parse("KZ0000001"))), ACCEPTED),
				new Case("a broken seal found in Uzbekistan is Uzbekistan's hold", "KZZHZ", sealBrokenInUzbekistan,
						PostGrant.NONE, leftAtYallama, move(EventType.RELEASE), "HOLD_OF_ANOTHER_STATE"),
				new Case("a post off the itinerary that scanned the code records ENTRY", "TJFOT", departed,
						PostGrant.SCANNED, inUzbekistanExpectedInKazakhstan, move(EventType.ENTRY), ACCEPTED),
				new Case("but nothing else before it", "TJFOT", departed, PostGrant.SCANNED,
						inUzbekistanExpectedInKazakhstan, move(EventType.HOLD), "ENTRY_FIRST"),
				new Case("after its ENTRY it acts on the cargo in its country", "TJFOT", departed, PostGrant.ENTERED,
						new Whereabouts(country("TJ"), none(), post1("TJFOT"), post1("UZOYB"), none()),
						move(EventType.HOLD), ACCEPTED),
				new Case("the departure state enquires after cargo the journal has in Kazakhstan", "UZTAS", departed,
						PostGrant.NONE, inKazakhstanAtZhibekZholy, move(EventType.ENQUIRY), ACCEPTED),
				new Case("any post of the destination state enquires after cargo still in Uzbekistan", "KZKHO", departed,
						PostGrant.NONE, inUzbekistanExpectedInKazakhstan, move(EventType.ENQUIRY), ACCEPTED),
				new Case("a transit state does not enquire after cargo it is not sent to", "KZZHZ", throughKazakhstan,
						PostGrant.NONE, inKazakhstanAtZhibekZholy, move(EventType.ENQUIRY),
						"NOT_DEPARTURE_OR_DESTINATION_STATE"));
	}

	private static Consignment after(Consignment consignment, EventType type, String post) {
		return consignment.record(move(type), post(post), AT).orElseThrow();
	}

	private static Movement move(EventType type) {
		return Movement.of(type, AT);
	}

	private static PostCode post(String code) {
		return PostCode.parse(code);
	}

	private static Optional<PostCode> post1(String code) {
		return Optional.of(PostCode.parse(code));
	}

	private static Optional<CountryCode> country(String code) {
		return Optional.of(CountryCode.parse(code));
	}

	private static <T> Optional<T> none() {
		return Optional.empty();
	}

}
