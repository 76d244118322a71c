package org.karvon.consignment;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.qr.QrRenderer;
import org.karvon.support.Api;
import org.karvon.support.ConsignmentRequestBuilder;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aBlockTrain;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The block train of issue 14 against a real Karvon and PostgreSQL: 91 containers on 46 wagons from
 * Tashkent through Turkmenistan, onto the Turkmenbashi–Baku ferry and on by rail to Boyuk-Kasik.
 */
@IntegrationTest
class BlockTrainIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	Map<String, Object> train;

	String number;

	@BeforeEach
	void registerTheTrain() {
		carrier = api.carrierOf(api.newOrganization());
		train = api.register(carrier, aBlockTrain().build());
		number = (String) train.get("number");
	}

	@Test
	void registersWithEveryContainerAndWagonAndAQrCodeOfAtMostVersion20() {
		Map<String, Object> transport = Api.asMap(train.get("transport"));
		int version = new QrRenderer().versionFor((String) train.get("qr"));
		System.out.printf("block train record token: %d chars, QR version %d at M%n", ((String) train.get("qr")).length(),
				version);

		assertThat(version).isLessThanOrEqualTo(20);
		assertThat((List<?>) transport.get("containers")).hasSize(91);
		assertThat((List<?>) transport.get("wagons")).hasSize(46).first().isEqualTo("337345711002");
		assertThat(api.consignment(carrier, number).get("transport")).isEqualTo(transport);
	}

	@Test
	void refuses201ContainersAndABadWagonCheckDigitNamingTheField() {
		List<String> wagons = new ArrayList<>(ConsignmentRequestBuilder.wagons(5));
		wagons.set(3, wagons.get(3).substring(0, 11) + ((wagons.get(3).charAt(11) - '0' + 1) % 10));

		api.post(carrier, "/api/consignments", aBlockTrain().withContainers(ConsignmentRequestBuilder.containers(201)
			.toArray(String[]::new)).build())
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("transport.containers");
		api.post(carrier, "/api/consignments", aBlockTrain().withWagons(wagons.toArray(String[]::new)).build())
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("transport.wagons[3]")
			.jsonPath("$.errors[0].message").value((message) -> assertThat((String) message).contains("check digit"));
	}

	@Test
	void isTransshippedAtTheFerryPortButNotAtARoadPost() {
		travelToTurkmenistan();
		String farapRoad = api.officerAt("TMFAR");
		String turkmenbashi = api.officerAt("TMTKB");

		api.post(farapRoad, "/api/consignments/{n}/events", ontoTheFerry(), number)
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("NOT_AT_TRANSFER_POINT");
		Map<String, Object> stored = api.record(turkmenbashi, number, ontoTheFerry());
		Map<String, Object> record = api.consignment(carrier, number);

		assertThat(stored.get("type")).isEqualTo("TRANSSHIPMENT");
		assertThat(Api.asMap(record.get("transport"))).containsEntry("mode", "SEA")
			.containsEntry("vessel", "Professor Gul")
			.containsEntry("wagons", List.of())
			.containsEntry("containers", Api.asMap(train.get("transport")).get("containers"));
		assertThat(record.get("seals")).isEqualTo(List.of("TM0000001", "TM0000002"));
		assertThat(Api.asMap(record.get("declaredTransport"))).containsEntry("mode", "RAIL");
		assertThat(record.get("status")).isEqualTo("IN_TRANSIT");
		// the new transport and seals are what the journal's fold makes them
		api.get(carrier, "/api/consignments/{n}/integrity", number).expectStatus().isOk().expectBody()
			.jsonPath("$.record.reason").value((reason) -> assertThat(reason).as("the fold's disagreement").isNull())
			.jsonPath("$.record.agrees").isEqualTo(true);
	}

	@Test
	void everyListPageOfTheDocumentVerifiesAndATamperedOneDoesNot() throws Exception {
		List<String> pages = listPageCodesOfTheDocument();
		String officer = api.officerAt("UZTAS");
		String qr = (String) train.get("qr");
		String tampered = pages.get(0).replace(ConsignmentRequestBuilder.containers(1).get(0),
				ConsignmentRequestBuilder.containers(201).get(200));
		Map<String, Object> other = api.register(carrier, aBlockTrain().build());

		assertThat(pages).hasSize(7).allMatch((page) -> page.startsWith("KVL1:" + number + ":1:"));
		checkPages(officer, qr, pages).jsonPath("$.verdict").isEqualTo("COMPLETE").jsonPath("$.count").isEqualTo(137);
		checkPages(officer, qr, List.of(pages.get(3))).jsonPath("$.verdict").isEqualTo("PAGES_MATCH")
			.jsonPath("$.pages[0].verdict").isEqualTo("MATCHES").jsonPath("$.missing.length()").isEqualTo(6);
		checkPages(officer, qr, List.of(tampered)).jsonPath("$.verdict").isEqualTo("TAMPERED")
			.jsonPath("$.pages[0].verdict").isEqualTo("TAMPERED");
		checkPages(officer, (String) other.get("qr"), List.of(pages.get(0))).jsonPath("$.verdict")
			.isEqualTo("OTHER_CONSIGNMENT");
		// two Base45 characters changed at the end; a genuine code that already ends in "00" (a random
		// signature does, now and then) gets "10" instead, so the forgery is never the code itself
		String forged = qr.substring(0, qr.length() - 2) + (qr.endsWith("00") ? "10" : "00");
		checkPages(officer, forged, pages).jsonPath("$.verdict").isEqualTo("UNVERIFIED_TOKEN");
	}

	@Test
	void onlyOfficersCheckListPagesAndNonsenseIsABadRequest() {
		Map<String, Object> body = Map.of("qr", train.get("qr"), "pages", List.of("KVL1:" + number + ":1:1/7:X"));

		api.client().post().uri("/api/scans/list-page").bodyValue(body).exchange().expectStatus().isUnauthorized();
		api.post(carrier, "/api/scans/list-page", body).expectStatus().isForbidden();
		api.post(api.adminToken(), "/api/scans/list-page", body).expectStatus().isForbidden();
		api.post(api.officerAt("UZTAS"), "/api/scans/list-page", Map.of("qr", train.get("qr"), "pages", List.of()))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("pages");
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec checkPages(String officer,
			String qr, List<String> pages) {
		return api.post(officer, "/api/scans/list-page", Map.of("qr", qr, "pages", pages)).expectStatus().isOk()
			.expectBody();
	}

	/** The codes printed on the document's list pages, read back from the PDF's images with ZXing. */
	private List<String> listPageCodesOfTheDocument() throws Exception {
		byte[] pdf = api.get(carrier, "/api/consignments/{n}/document.pdf", number).expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		List<String> codes = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("list page 7 of 7")
				.contains(ConsignmentRequestBuilder.containers(91).get(90)).contains("337345711002");
			for (int page = 1; page < document.getNumberOfPages(); page++) {
				var resources = document.getPage(page).getResources();
				for (var name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject image) {
						codes.add(decode(image.getImage()));
					}
				}
			}
		}
		return codes;
	}

	private static String decode(BufferedImage image) throws Exception {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.getGraphics().drawImage(image, 0, 0, null);
		// a generated code, whole pixels per module: ZXing's pure-barcode mode reads it without searching; QR only,
		// or a one-dimensional reader may find an EAN-8 in the modules of one (seen: "12049660")
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(rgb))),
				Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE, com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
						List.of(com.google.zxing.BarcodeFormat.QR_CODE))).getText();
	}

	private void travelToTurkmenistan() {
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		api.record(api.officerAt("UZKHJ"), number, anEvent("EXIT").build());
		api.record(api.officerAt("TMFRR"), number, anEvent("ENTRY").build());
	}

	private static Map<String, Object> ontoTheFerry() {
		return anEvent("TRANSSHIPMENT").with("id", UUID.randomUUID().toString())
			.with("transshipment", Map.of("mode", "SEA", "vessel", "Professor Gul", "newSeals",
					List.of("TM0000001", "TM0000002")))
			.build();
	}

}
