package org.karvon.reliability;

import java.util.ArrayList;
import java.util.List;

import org.karvon.support.Api;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * One carrier's consignments on the road from Tashkent to Almaty (IN_TRANSIT after DEPARTURE),
 * and officers at posts of Uzbekistan, where the cargo is, who may record INSPECTION events at any time
 * (a Kazakh post's inspection would put the cargo in Kazakhstan and lock Tashkent out: CARGO_NOT_HERE).
 */
final class TransitFleet {

	/** Posts of the country the cargo is in, so every inspection is lawful whatever order the writers race in. */
	private static final List<String> INSPECTING_POSTS = List.of("UZYAL", "UZDST", "UZTAS", "UZOYB");

	private final String carrier;

	private final List<String> numbers;

	private final List<String> officers;

	private TransitFleet(String carrier, List<String> numbers, List<String> officers) {
		this.carrier = carrier;
		this.numbers = numbers;
		this.officers = officers;
	}

	static TransitFleet inTransit(Api api, int consignments) {
		String carrier = api.carrierOf(api.newOrganization());
		String departure = api.officerAt("UZTAS");
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < consignments; i++) {
			String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
			api.record(departure, number, anEvent("DEPARTURE").build());
			numbers.add(number);
		}
		List<String> officers = INSPECTING_POSTS.stream().map(api::officerAt).toList();
		return new TransitFleet(carrier, List.copyOf(numbers), officers);
	}

	String carrier() {
		return carrier;
	}

	List<String> numbers() {
		return numbers;
	}

	/** The officer who sends the n-th event: the posts take turns. */
	String officer(int n) {
		return officers.get(n % officers.size());
	}

}
