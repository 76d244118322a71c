package org.karvon.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders the transit accompanying document: an A4 PDF with the number in large type and as a
 * Code 128 barcode, the signed QR code, parties, route, transport, seals and the goods table (which
 * continues over further pages with its header repeated), then the container and wagon list pages,
 * each with its own code. Every label is English / Russian.
 * Thread-safe; each call builds its own document.
 */
public final class AccompanyingDocument {

	static final String TITLE = "Transit accompanying document / Транзитный сопроводительный документ";

	/**
	 * @param data what to print
	 * @param qrPng the QR code image (PNG) carrying the consignment's signed token
	 * @return the PDF bytes
	 */
	public byte[] render(DocumentData data, byte[] qrPng) {
		Fonts fonts = new Fonts();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 48);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new PageFooter(data.number(), fonts));
			document.addTitle(TITLE + " " + data.number());
			document.addCreator("Karvon");
			document.open();
			document.add(Heading.of(data, qrPng, writer.getDirectContent(), fonts));
			document.add(Details.of(data, fonts));
			Paragraph goods = new Paragraph("Goods / Товары", fonts.heading);
			goods.setSpacingAfter(4);
			document.add(goods);
			document.add(GoodsTable.of(data.goods(), fonts));
			UnitListPages.addTo(document, data, fonts);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not render the document for " + data.number(), ex);
		}
		return out.toByteArray();
	}

	static void requireImage(byte[] qrPng) {
		if (qrPng == null || qrPng.length == 0) {
			throw new IllegalArgumentException("The QR code image is required");
		}
	}

	static UncheckedIOException unreadable(IOException ex) {
		return new UncheckedIOException("The QR code image is unreadable", ex);
	}

}
