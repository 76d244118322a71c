package org.karvon.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Liberation Sans from openpdf-fonts-extra, embedded with Identity-H encoding so Cyrillic (and any
 * other script the font covers) renders the same everywhere; no system fonts. One per document,
 * since embedding subsets are tracked per font instance.
 */
final class Fonts {

	final Font title;

	final Font number;

	final Font heading;

	final Font columnHeader;

	final Font label;

	final Font text;

	final Font small;

	Fonts() {
		BaseFont regular = load("liberation/LiberationSans-Regular.ttf");
		BaseFont bold = load("liberation/LiberationSans-Bold.ttf");
		this.title = new Font(bold, 13);
		this.number = new Font(bold, 22);
		this.heading = new Font(bold, 10);
		this.columnHeader = new Font(bold, 8);
		this.label = new Font(regular, 7.5f, Font.NORMAL, new Color(90, 90, 90));
		this.text = new Font(regular, 9.5f);
		this.small = new Font(regular, 8);
	}

	private static BaseFont load(String resource) {
		try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " missing: is openpdf-fonts-extra on the classpath?");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
