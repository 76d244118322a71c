package org.karvon.scan;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ScanPhotoIntegrationTests {

	@Autowired
	Api api;

	Scans scans;

	String officer;

	String number;

	byte[] qrPng;

	@BeforeEach
	void aPrintedCode() {
		scans = new Scans(api);
		String carrier = api.carrierOf(api.newOrganization());
		officer = api.officerAt("KZZHZ");
		Map<String, Object> record = api.register(carrier, aCottonShipment().build());
		number = (String) record.get("number");
		qrPng = api.get(carrier, "/api/consignments/{n}/qr.png", number).expectStatus().isOk().expectBody(byte[].class)
			.returnResult().getResponseBody();
	}

	@Test
	void readsATiltedBlurredUnevenlyLitPhonephoto() {
		scans.photo(officer, PhonePhotos.ofCode(qrPng, 320, 12), MediaType.IMAGE_JPEG).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("VALID")
			.jsonPath("$.consignment.number").isEqualTo(number);
	}

	@Test
	void readsAPhotoTakenSideways() {
		scans.photo(officer, PhonePhotos.ofCode(qrPng, 320, 90), MediaType.IMAGE_JPEG).expectStatus().isOk().expectBody()
			.jsonPath("$.verdict").isEqualTo("VALID");
	}

	@Test
	void explainsWhatToDoWhenThePhotoShowsNoCode() {
		scans.photo(officer, PhonePhotos.ofBlankWall(), MediaType.IMAGE_JPEG).expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo("NO_QR_CODE")
			.jsonPath("$.detail").value((detail) -> org.assertj.core.api.Assertions.assertThat((String) detail)
				.contains("type the number"));
	}

	@Test
	void refusesBytesThatAreNoImage() {
		scans.photo(officer, randomBytes(20_000), MediaType.IMAGE_JPEG).expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("NOT_AN_IMAGE");
	}

	@Test
	void refusesAnUploadOverEightMegabytesWith413() {
		scans.photo(officer, randomBytes(9 * 1024 * 1024), MediaType.IMAGE_JPEG).expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesCarriers() {
		String carrier = api.carrierOf(api.newOrganization());
		scans.photo(carrier, PhonePhotos.ofBlankWall(), MediaType.IMAGE_JPEG).expectStatus().isForbidden();
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(7).nextBytes(bytes);
		return bytes;
	}

}
