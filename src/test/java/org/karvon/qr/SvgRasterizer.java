package org.karvon.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.karvon.support.Photos;

/** Draws the SVG {@link QrRenderer} emits — a viewBox and one path of horizontal runs — as a PNG. */
final class SvgRasterizer {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	private SvgRasterizer() {
	}

	static byte[] png(String svg, int pixelsPerUnit) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("no viewBox");
		}
		int size = Integer.parseInt(box.group(1)) * pixelsPerUnit;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, size, size);
		g.setColor(Color.BLACK);
		String path = svg.substring(svg.indexOf(" d=\"") + 4, svg.lastIndexOf('"'));
		Matcher run = RUN.matcher(path);
		int end = 0;
		while (run.find()) {
			if (run.start() != end || !run.group(3).equals(run.group(4))) {
				throw new IllegalArgumentException("unexpected path syntax at " + end);
			}
			end = run.end();
			g.fillRect(Integer.parseInt(run.group(1)) * pixelsPerUnit, Integer.parseInt(run.group(2)) * pixelsPerUnit,
					Integer.parseInt(run.group(3)) * pixelsPerUnit, pixelsPerUnit);
		}
		if (end != path.length()) {
			throw new IllegalArgumentException("unexpected path syntax at " + end);
		}
		g.dispose();
		return Photos.png(image);
	}

}
