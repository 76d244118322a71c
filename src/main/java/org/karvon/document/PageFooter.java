package org.karvon.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the consignment number and page number at the foot of every page. */
final class PageFooter extends PdfPageEventHelper {

	private final String number;

	private final Fonts fonts;

	PageFooter(String number, Fonts fonts) {
		this.number = number;
		this.fonts = fonts;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		String text = this.number + " — Page / Стр. " + writer.getPageNumber();
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(text, this.fonts.small),
				document.right(), document.bottom() - 24, 0);
	}

}
