package org.karvon.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.karvon.qr.DecodeResult;
import org.karvon.qr.QrDecoder;
import org.karvon.qr.QrRenderer;

class AccompanyingDocumentTests {

	private static final String TOKEN = "eyJraWQiOiJrLTIwMjYtMTEtYTFiMiIsImFsZyI6IkVkRFNBIn0.eyJuIjoiMjZVWjRHN0syTTlYUTNQOFI1In0."
			+ "cW_fXxMsiw9JggfnnMf0XeRXVQligOkEasspynX3TCakEUoPrBQ5BW_WVK5CXSeDhybNTQ6rooXc19uQOuZ6Cw";

	private static final byte[] QR = new QrRenderer().png(TOKEN, 512);

	private final AccompanyingDocument renderer = new AccompanyingDocument();

	@Test
	void rendersAPdfWithTheNumberPartiesAndGoodsInBothLanguages() throws IOException {
		byte[] pdf = this.renderer.render(Documents.exampleConsignment(), QR);

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = text(new PDFTextStripper(), document);
			assertThat(text).contains(Documents.NUMBER, "Транзитный сопроводительный документ", "Грузоотправитель",
					"Silk Way Textiles LLC", "Almaty Trade House", "UZTAS", "KZALA", "01A123BC", "UZ1234567",
					"Raw cotton", "520100", "45000.00 USD", "2026-11-05 09:30 UTC", "Karvon Logistics LLC");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
		}
		System.out.printf("example document: %d bytes%n", pdf.length);
	}

	@Test
	void continuesALongGoodsListOntoFurtherPages() throws IOException {
		byte[] pdf = this.renderer.render(Documents.withGoodsLines(300), QR);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(document.getNumberOfPages());
			String text = text(lastPage, document);
			assertThat(text).contains("Cotton lot 300 / Хлопок партия 300", "Description / Описание товара",
					Documents.NUMBER + " — Page / Стр. " + document.getNumberOfPages());
			System.out.printf("300 goods lines: %d pages, %d bytes%n", document.getNumberOfPages(), pdf.length);
		}
	}

	@Test
	void placesTheQrImageOnPageOne() throws IOException {
		byte[] pdf = this.renderer.render(Documents.exampleConsignment(), QR);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			long images = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			assertThat(images).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void printsAQrCodeThatScansBackToExactlyTheToken() throws IOException {
		byte[] pdf = this.renderer.render(Documents.exampleConsignment(), QR);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(page, "png", png);
			assertThat(new QrDecoder().decode(png.toByteArray())).isEqualTo(new DecodeResult.Decoded(TOKEN));
		}
	}

	private static String text(PDFTextStripper stripper, PDDocument document) throws IOException {
		stripper.setSortByPosition(true);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	@Test
	void refusesToRenderWithoutAQrImage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.renderer.render(Documents.exampleConsignment(), new byte[0]));
	}

}
