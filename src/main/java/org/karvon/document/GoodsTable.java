package org.karvon.document;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The goods lines; the header row repeats on every page the table continues onto. */
final class GoodsTable {

	private static final String[] HEADERS = { "No. / №", "HS code / Код ТН ВЭД", "Description / Описание товара",
			"Packages / Мест", "Gross mass, kg / Вес брутто, кг", "Value / Стоимость" };

	private static final float[] WIDTHS = { 0.6f, 1.3f, 3.6f, 1.2f, 1.6f, 1.8f };

	private static final Color HEADER_BACKGROUND = new Color(230, 230, 230);

	private GoodsTable() {
	}

	static PdfPTable of(List<DocumentData.GoodsLine> goods, Fonts fonts) {
		PdfPTable table = new PdfPTable(WIDTHS);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : HEADERS) {
			PdfPCell cell = new PdfPCell(new Phrase(header, fonts.columnHeader));
			cell.setBackgroundColor(HEADER_BACKGROUND);
			cell.setPadding(4);
			table.addCell(cell);
		}
		int row = 1;
		for (DocumentData.GoodsLine line : goods) {
			table.addCell(cell(Integer.toString(row++), fonts, Element.ALIGN_RIGHT));
			table.addCell(cell(line.hsCode(), fonts, Element.ALIGN_LEFT));
			table.addCell(cell(line.description(), fonts, Element.ALIGN_LEFT));
			table.addCell(cell(Integer.toString(line.packages()), fonts, Element.ALIGN_RIGHT));
			table.addCell(cell(line.grossMassKg(), fonts, Element.ALIGN_RIGHT));
			table.addCell(cell(line.value() + " " + line.currency(), fonts, Element.ALIGN_RIGHT));
		}
		return table;
	}

	private static PdfPCell cell(String text, Fonts fonts, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, fonts.text));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(3);
		return cell;
	}

}
