package org.karvon.feed;

import java.util.List;

import org.karvon.support.Api;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Tashkent → Almaty by road, through Yallama and Zhibek Zholy, as officers record it. */
public final class Trips {

	/** What a Kazakh system receives of such a trip, in order. */
	public static final List<String> KZ_TYPES = List.of("REGISTERED", "DEPARTURE", "EXIT", "ENTRY", "ARRIVAL", "COMPLETION");

	final String carrier;

	private final Api api;

	private final String tashkent;

	private final String yallama;

	private final String zhibekZholy;

	private final String almaty;

	public Trips(Api api) {
		this.api = api;
		this.carrier = api.carrierOf(api.newOrganization());
		this.tashkent = api.officerAt("UZTAS");
		this.yallama = api.officerAt("UZYAL");
		this.zhibekZholy = api.officerAt("KZZHZ");
		this.almaty = api.officerAt("KZALA");
	}

	public String register() {
		return (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ").build())
			.get("number");
	}

	/** Registers a consignment and drives it to completion; returns its number. */
	public String travel() {
		String number = register();
		KZ_TYPES.subList(1, KZ_TYPES.size()).forEach((type) -> record(number, type));
		return number;
	}

	/** Records the event at the post of the trip where it happens. */
	public void record(String number, String type) {
		String officer = switch (type) {
			case "DEPARTURE" -> tashkent;
			case "EXIT" -> yallama;
			case "ENTRY" -> zhibekZholy;
			default -> almaty;
		};
		api.record(officer, number, anEvent(type).build());
	}

}
