package org.karvon.consignment.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.qr.QrRenderer;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ConsignmentRegistrationIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	@BeforeEach
	void carrier() {
		carrier = api.carrierOf(api.newOrganization());
	}

	@Test
	void registersTheContractExampleWithAnMrnStyleNumber() {
		api.post(carrier, "/api/consignments", aCottonShipment().build())
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).matches("/api/consignments/\\d{2}UZ[A-Z0-9]{13}[0-9]"))
			.expectBody()
			.jsonPath("$.status").isEqualTo("REGISTERED")
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.departurePost").isEqualTo("UZTAS")
			.jsonPath("$.itinerary[1]").isEqualTo("KZ")
			.jsonPath("$.goods[0].value.amount").isEqualTo("45000.00")
			.jsonPath("$.goods[0].value.currency").isEqualTo("USD")
			.jsonPath("$.carrier.name").value((name) -> assertThat((String) name).startsWith("Carrier "))
			.jsonPath("$.createdAt").value((at) -> assertThat((String) at).endsWith("Z"))
			.jsonPath("$.number").value((number) -> {
				assertThat(ConsignmentNumber.parse((String) number).toString()).isEqualTo(number);
				assertThat((String) number).startsWith(String.valueOf(java.time.Year.now().getValue()).substring(2) + "UZ");
			});
	}

	@Test
	void issuesATokenThatFitsASmallQrCode() {
		String qr = (String) api.register(carrier, aCottonShipment().build()).get("qr");
		assertThat(new QrRenderer().versionFor(qr)).isLessThanOrEqualTo(10);
		assertThat(qr).startsWith("KV1:").matches("[0-9A-Z $%*+\\-./:]+");
	}

	@Test
	void listsEveryInvalidFieldAtOnce() {
		Map<String, Object> request = aCottonShipment().from("UZTAS")
			.to("KZALA")
			.via("UZ", "KG")
			.withContainers("CSQU3054384")
			.withGoods("52", "Raw cotton", "XYZ")
			.with("consignor", Map.of("name", "", "country", "QQ", "address", "Tashkent"))
			.build();
		api.post(carrier, "/api/consignments", request)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(asStrings(fields)).contains("transport.containers[0]", "goods[0].hsCode",
					"goods[0].value.currency", "consignor.name", "consignor.country", "itinerary[1]"));
	}

	@Test
	void refusesUnknownAndNonMemberPosts() {
		api.post(carrier, "/api/consignments", aCottonShipment().to("ZZZZZ").build())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'destinationPost')]").exists();
		api.post(carrier, "/api/consignments", aCottonShipment().to("CNHRG").via("UZ", "KZ", "CN").build())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'destinationPost')].message")
			.value((messages) -> assertThat(asStrings(messages).get(0)).contains("member state"));
	}

	@Test
	void refusesAWrongJsonTypeWithTheFieldPath() {
		api.post(carrier, "/api/consignments", aCottonShipment().with("goods", List.of(Map.of("packages", "many"))).build())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("goods[0].packages");
	}

	@Test
	void boundsTheSizeOfLists() {
		api.post(carrier, "/api/consignments", aCottonShipment().with("seals", java.util.Collections.nCopies(60, "S1")).build())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'seals')]").exists();
	}

	@Test
	void onlyCarriersRegister() {
		api.post(api.officerAt("UZTAS"), "/api/consignments", aCottonShipment().build()).expectStatus().isForbidden();
		api.post(api.adminToken(), "/api/consignments", aCottonShipment().build()).expectStatus().isForbidden();
		api.client().post().uri("/api/consignments").bodyValue(aCottonShipment().build()).exchange().expectStatus()
			.isUnauthorized();
	}

	@Test
	void rejectsAMistypedNumberWithTheExpectedCheckCharacter() {
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		char last = number.charAt(17);
		String mistyped = number.substring(0, 17) + (last == '9' ? '0' : (char) (last + 1));
		api.get(carrier, "/api/consignments/{n}", mistyped)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).containsIgnoringCase("check"));
		api.get(carrier, "/api/consignments/{n}", number.toLowerCase()).expectStatus().isOk();
	}

	@SuppressWarnings("unchecked")
	static List<String> asStrings(Object values) {
		return (List<String>) values;
	}

}
