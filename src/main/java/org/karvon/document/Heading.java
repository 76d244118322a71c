package org.karvon.document;

import java.awt.Color;
import java.io.IOException;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The top of page one: title, number in large type, its Code 128 barcode, and the QR code. */
final class Heading {

	private static final float QR_SIZE = 150;

	private Heading() {
	}

	static PdfPTable of(DocumentData data, byte[] qrPng, PdfContentByte canvas, Fonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 3, 1.4f });
		table.setWidthPercentage(100);
		PdfPCell left = new PdfPCell();
		left.setBorder(Rectangle.NO_BORDER);
		left.addElement(new Paragraph(AccompanyingDocument.TITLE, fonts.title));
		left.addElement(new Paragraph("Consignment number / Номер отправки", fonts.label));
		left.addElement(new Paragraph(data.number(), fonts.number));
		Image barcode = barcode(data.number(), canvas);
		barcode.setSpacingBefore(6);
		left.addElement(barcode);
		table.addCell(left);
		PdfPCell right = new PdfPCell(qrImage(qrPng), false);
		right.setBorder(Rectangle.NO_BORDER);
		right.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(right);
		table.setSpacingAfter(8);
		return table;
	}

	private static Image barcode(String number, PdfContentByte canvas) {
		Barcode128 code = new Barcode128();
		code.setCode(number);
		code.setFont(null);
		code.setBarHeight(36);
		code.setX(1.1f);
		return code.createImageWithBarcode(canvas, Color.BLACK, Color.BLACK);
	}

	private static Image qrImage(byte[] qrPng) {
		AccompanyingDocument.requireImage(qrPng);
		try {
			Image image = Image.getInstance(qrPng);
			image.scaleAbsolute(QR_SIZE, QR_SIZE);
			return image;
		}
		catch (IOException ex) {
			throw AccompanyingDocument.unreadable(ex);
		}
	}

}
