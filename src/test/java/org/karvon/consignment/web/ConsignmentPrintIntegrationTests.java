package org.karvon.consignment.web;

import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.signing.ThirdPartyCose;
import org.karvon.signing.TokenSurgery;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

@IntegrationTest
class ConsignmentPrintIntegrationTests {

	@Autowired
	Api api;

	String carrier;

	Map<String, Object> record;

	@BeforeEach
	void registerOne() {
		carrier = api.carrierOf(api.newOrganization());
		record = api.register(carrier, aCottonShipment().withExtraGoodsLines(80).build());
	}

	@Test
	void servesAPngThatDecodesToExactlyTheToken() throws Exception {
		byte[] png = api.get(carrier, "/api/consignments/{n}/qr.png?size=400", record.get("number"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(400);
		String decoded = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo(record.get("qr"));
	}

	@Test
	void servesAnSvg() {
		api.get(carrier, "/api/consignments/{n}/qr.svg", record.get("number"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/svg+xml")
			.expectBody(String.class)
			.value((svg) -> assertThat(svg).contains("<svg").contains("<path"));
	}

	@Test
	void refusesAnUnreasonableImageSize() {
		api.get(carrier, "/api/consignments/{n}/qr.png?size=50000", record.get("number")).expectStatus().isBadRequest();
	}

	@Test
	void printsADocumentWithTheNumberTheQrAndEveryGoodsLine() throws Exception {
		byte[] pdf = api.get(carrier, "/api/consignments/{n}/document.pdf", record.get("number"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains((String) record.get("number")).contains("Raw cotton").contains("Laptop batch 80")
				.contains("Грузоотправитель");
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			var resources = document.getPage(0).getResources();
			boolean hasImage = false;
			for (var name : resources.getXObjectNames()) {
				hasImage |= resources.getXObject(name) instanceof PDImageXObject;
			}
			assertThat(hasImage).as("the QR image on page 1").isTrue();
		}
	}

	@Test
	void tokenVerifiesWithThePublishedJwksUsingAStandardCoseLibrary() throws Exception {
		String jwks = api.client().get().uri("/api/trust/keys").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		String qr = (String) record.get("qr");
		OctetKeyPair key = JWKSet.parse(jwks).getKeyByKeyId(TokenSurgery.kid(qr)).toOctetKeyPair();
		assertThat(key.isPrivate()).isFalse();
		assertThat(ThirdPartyCose.verifies(qr, key)).isTrue();
		assertThat(TokenSurgery.claimsText(qr)).contains((String) record.get("number"))
			.doesNotContain("45000").doesNotContain("Silk Way").doesNotContain("cotton");
	}

}
