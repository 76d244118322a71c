package org.karvon.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.karvon.qr.QrRenderer;

/** A 1280×720 JPEG of a printed QR code lying on a desk, as a phone camera would send it. */
final class BenchPhoto {

	private BenchPhoto() {
	}

	static byte[] jpeg(String token) {
		try {
			BufferedImage code = ImageIO.read(new ByteArrayInputStream(new QrRenderer().png(token, 520)));
			BufferedImage photo = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = photo.createGraphics();
			g.setColor(new Color(120, 110, 95));
			g.fillRect(0, 0, 1280, 720);
			g.setColor(new Color(235, 235, 228));
			g.fillRect(340, 60, 600, 600);
			g.rotate(Math.toRadians(4), 640, 360);
			g.drawImage(code, 380, 100, null);
			g.dispose();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(photo, "jpg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
