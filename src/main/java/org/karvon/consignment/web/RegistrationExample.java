package org.karvon.consignment.web;

/** The registration request of the API contract, shown as the example of {@code POST /api/consignments}. */
final class RegistrationExample {

	static final String JSON = """
			{
			  "consignor": {"name": "Silk Way Textiles LLC", "country": "UZ", "address": "Tashkent"},
			  "consignee": {"name": "Almaty Trade House", "country": "KZ", "address": "Almaty"},
			  "departurePost": "UZTAS",
			  "destinationPost": "KZALA",
			  "itinerary": ["UZ", "KZ"],
			  "transport": {"mode": "ROAD", "vehiclePlates": ["01A123BC"], "containers": []},
			  "seals": ["UZ1234567"],
			  "goods": [{"hsCode": "520100", "description": "Raw cotton", "packages": 40,
			             "grossMassKg": "20000", "value": {"amount": "45000.00", "currency": "USD"}}]
			}
			""";

	private RegistrationExample() {
	}

}
