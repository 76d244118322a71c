package org.karvon.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the accompanying document, as plain text: the application maps its
 * consignment aggregate to this. Codes are printed as given (posts as UN/LOCODE-like codes, countries
 * ISO 3166-1 alpha-2); amounts and masses are decimal strings, printed unchanged.
 *
 * @param number the 18-character consignment number (also printed as a Code 128 barcode)
 * @param version the consignment version the QR code was signed for
 * @param issuedAt when this version was issued (printed in UTC)
 * @param carrierName the carrier's organization
 * @param consignor who sends the goods
 * @param consignee who receives them
 * @param departurePost where the transit starts
 * @param destinationPost where it ends
 * @param itinerary country codes in the order they are crossed
 * @param transport mode, vehicle plates and containers
 * @param seals seal numbers
 * @param goods the goods lines, in order
 * @param listPages the container and wagon list page by page, each with its own code (empty for a
 *        short list, which the details print in full)
 */
public record DocumentData(String number, int version, Instant issuedAt, String carrierName, Party consignor,
		Party consignee, Post departurePost, Post destinationPost, List<String> itinerary, Transport transport,
		List<String> seals, List<GoodsLine> goods, List<ListPage> listPages) {

	public DocumentData(String number, int version, Instant issuedAt, String carrierName, Party consignor,
			Party consignee, Post departurePost, Post destinationPost, List<String> itinerary, Transport transport,
			List<String> seals, List<GoodsLine> goods) {
		this(number, version, issuedAt, carrierName, consignor, consignee, departurePost, destinationPost, itinerary,
				transport, seals, goods, List.of());
	}

	public DocumentData {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(carrierName, "carrierName");
		Objects.requireNonNull(consignor, "consignor");
		Objects.requireNonNull(consignee, "consignee");
		Objects.requireNonNull(departurePost, "departurePost");
		Objects.requireNonNull(destinationPost, "destinationPost");
		Objects.requireNonNull(transport, "transport");
		itinerary = List.copyOf(itinerary);
		seals = List.copyOf(seals);
		goods = List.copyOf(goods);
		listPages = List.copyOf(listPages);
	}

	/** A consignor or consignee. */
	public record Party(String name, String country, String address) {
	}

	/** A customs post: its code (e.g. {@code UZTAS}) and name (e.g. {@code Tashkent}). */
	public record Post(String code, String name) {
	}

	/** How the goods travel: mode (e.g. {@code ROAD}), vehicle plates, container and wagon numbers, vessel (or null). */
	public record Transport(String mode, List<String> vehiclePlates, List<String> containers, List<String> wagons,
			String vessel) {

		public Transport {
			vehiclePlates = List.copyOf(vehiclePlates);
			containers = List.copyOf(containers);
			wagons = List.copyOf(wagons);
		}

		public Transport(String mode, List<String> vehiclePlates, List<String> containers) {
			this(mode, vehiclePlates, containers, List.of(), null);
		}

	}

	/**
	 * One page of the container and wagon list: its index and the page count, its numbers, and the
	 * image of its code.
	 */
	public record ListPage(int page, int pages, List<String> numbers, byte[] qrPng) {

		public ListPage {
			numbers = List.copyOf(numbers);
		}

	}

	/** One goods line: HS code, description, number of packages, gross mass in kg, value and currency. */
	public record GoodsLine(String hsCode, String description, int packages, String grossMassKg, String value,
			String currency) {
	}

}
