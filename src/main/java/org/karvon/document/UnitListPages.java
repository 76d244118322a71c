package org.karvon.document;

import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The container and wagon list, one PDF page per list page: the page's numbers, numbered through the
 * whole list, beside the page's own code, which an officer scans to check the page against the
 * digest the consignment's signed QR code carries.
 */
final class UnitListPages {

	private static final float QR_SIZE = 170;

	private UnitListPages() {
	}

	static void addTo(Document document, DocumentData data, Fonts fonts) throws DocumentException {
		int before = 0;
		for (DocumentData.ListPage page : data.listPages()) {
			document.newPage();
			document.add(new Paragraph("Containers and wagons, list page " + page.page() + " of " + page.pages()
					+ " / Контейнеры и вагоны, лист " + page.page() + " из " + page.pages(), fonts.heading));
			document.add(new Paragraph(data.number() + ", version / версия " + data.version(), fonts.label));
			PdfPTable table = new PdfPTable(new float[] { 3, 2 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(8);
			table.addCell(numbers(page, before, fonts));
			PdfPCell code = new PdfPCell(image(page.qrPng()), false);
			code.setBorder(Rectangle.NO_BORDER);
			code.setHorizontalAlignment(Element.ALIGN_RIGHT);
			table.addCell(code);
			document.add(table);
			before += page.numbers().size();
		}
	}

	private static PdfPCell numbers(DocumentData.ListPage page, int before, Fonts fonts) {
		PdfPTable list = new PdfPTable(new float[] { 0.6f, 2.4f });
		for (int i = 0; i < page.numbers().size(); i++) {
			list.addCell(cell(Integer.toString(before + i + 1), fonts, Element.ALIGN_RIGHT));
			list.addCell(cell(page.numbers().get(i), fonts, Element.ALIGN_LEFT));
		}
		PdfPCell cell = new PdfPCell(list);
		cell.setBorder(Rectangle.NO_BORDER);
		return cell;
	}

	private static PdfPCell cell(String text, Fonts fonts, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, fonts.text));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(3);
		return cell;
	}

	private static Image image(byte[] png) {
		AccompanyingDocument.requireImage(png);
		try {
			Image image = Image.getInstance(png);
			image.scaleAbsolute(QR_SIZE, QR_SIZE);
			return image;
		}
		catch (IOException ex) {
			throw AccompanyingDocument.unreadable(ex);
		}
	}

}
