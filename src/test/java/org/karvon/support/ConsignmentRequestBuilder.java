package org.karvon.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registration requests as a carrier's system sends them, starting from the contract's example:
 * {@code aCottonShipment().from("UZTAS").to("KZALA").build()}.
 */
public final class ConsignmentRequestBuilder {

	private String departurePost = "UZTAS";

	private String destinationPost = "KZALA";

	private List<String> itinerary = List.of("UZ", "KZ");

	private List<String> plates = List.of("01A123BC");

	private List<String> containers = List.of();

	private String mode = "ROAD";

	private List<String> wagons = List.of();

	private String consigneeCountry = "KZ";

	private List<String> seals = List.of("UZ1234567");

	private final List<Map<String, Object>> goods = new ArrayList<>();

	private final Map<String, Object> overrides = new LinkedHashMap<>();

	private ConsignmentRequestBuilder() {
		goods.add(goodsItem("520100", "Raw cotton", 40, "20000", "45000.00", "USD"));
	}

	public static ConsignmentRequestBuilder aCottonShipment() {
		return new ConsignmentRequestBuilder();
	}

	/**
	 * The seeded block train of issue 14: 91 twenty-foot containers of copper concentrate on 46 flat
	 * wagons, Tashkent → Turkmenistan → the Turkmenbashi–Baku ferry → Boyuk-Kasik (Azerbaijan).
	 */
	public static ConsignmentRequestBuilder aBlockTrain() {
		ConsignmentRequestBuilder train = new ConsignmentRequestBuilder().from("UZTAS").to("AZBKK").via("UZ", "TM", "AZ")
			.withMode("RAIL")
			.withPlates()
			.withContainers(containers(91).toArray(String[]::new))
			.withWagons(wagons(46).toArray(String[]::new))
			.withSeals("UZ7000001", "UZ7000002")
			.withGoods("260300", "Copper concentrate (Cu 20 %), 91 x 20' containers", "USD");
		train.consigneeCountry = "AZ";
		return train;
	}

	/** {@code count} ISO 6346 container numbers of owner UZC with their check digits. */
	public static List<String> containers(int count) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String payload = "UZCU" + (300000 + i);
			numbers.add(payload + org.karvon.consignment.MrnCheck.checkCharacterOf(payload));
		}
		return numbers;
	}

	/** {@code count} UIC wagon numbers (type 33, Uzbekistan's 73) with their self-check digits. */
	public static List<String> wagons(int count) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String eleven = "33734571" + (100 + i);
			numbers.add(eleven + org.karvon.consignment.WagonNumber.checkDigitOf(eleven));
		}
		return numbers;
	}

	public ConsignmentRequestBuilder withMode(String mode) {
		this.mode = mode;
		return this;
	}

	public ConsignmentRequestBuilder withWagons(String... wagons) {
		this.wagons = List.of(wagons);
		return this;
	}

	public ConsignmentRequestBuilder from(String post) {
		this.departurePost = post;
		return this;
	}

	public ConsignmentRequestBuilder to(String post) {
		this.destinationPost = post;
		return this;
	}

	public ConsignmentRequestBuilder via(String... countries) {
		this.itinerary = List.of(countries);
		return this;
	}

	public ConsignmentRequestBuilder withPlates(String... plates) {
		this.plates = List.of(plates);
		return this;
	}

	public ConsignmentRequestBuilder withContainers(String... containers) {
		this.containers = List.of(containers);
		return this;
	}

	public ConsignmentRequestBuilder withSeals(String... seals) {
		this.seals = List.of(seals);
		return this;
	}

	public ConsignmentRequestBuilder withGoods(String hsCode, String description, String currency) {
		goods.clear();
		goods.add(goodsItem(hsCode, description, 10, "1000", "500.00", currency));
		return this;
	}

	public ConsignmentRequestBuilder withExtraGoodsLines(int count) {
		for (int i = 0; i < count; i++) {
			goods.add(goodsItem("847130", "Laptop batch " + (i + 1), 5, "120.5", "9000.00", "EUR"));
		}
		return this;
	}

	/** Sets any top-level field to any JSON value, for requests that break the rules on purpose. */
	public ConsignmentRequestBuilder with(String field, Object value) {
		overrides.put(field, value);
		return this;
	}

	public Map<String, Object> build() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("consignor", Map.of("name", "Silk Way Textiles LLC", "country", "UZ", "address", "Tashkent"));
		request.put("consignee", Map.of("name", "Almaty Trade House", "country", consigneeCountry, "address", "Almaty"));
		request.put("departurePost", departurePost);
		request.put("destinationPost", destinationPost);
		request.put("itinerary", itinerary);
		request.put("transport", wagons.isEmpty() ? Map.of("mode", mode, "vehiclePlates", plates, "containers", containers)
				: Map.of("mode", mode, "vehiclePlates", plates, "containers", containers, "wagons", wagons));
		request.put("seals", seals);
		request.put("goods", List.copyOf(goods));
		request.putAll(overrides);
		return request;
	}

	private static Map<String, Object> goodsItem(String hsCode, String description, int packages, String gross,
			String amount, String currency) {
		return Map.of("hsCode", hsCode, "description", description, "packages", packages, "grossMassKg", gross, "value",
				Map.of("amount", amount, "currency", currency));
	}

}
