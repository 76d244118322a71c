package org.karvon.webapp;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Pictures for the browser's camera and file input: a QR code filmed as MJPEG, a photo of nothing. */
final class CameraFrames {

	private CameraFrames() {
	}

	/** An MJPEG file (JPEG frames back to back) showing the QR code on white, as Chromium's fake camera plays. */
	static Path mjpegOf(byte[] png) throws IOException {
		BufferedImage qr = ImageIO.read(new ByteArrayInputStream(png));
		BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = frame.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 640, 480);
		int side = 400;
		graphics.drawImage(qr, (640 - side) / 2, (480 - side) / 2, side, side, null);
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(frame, "jpg", jpeg);
		ByteArrayOutputStream frames = new ByteArrayOutputStream();
		for (int i = 0; i < 30; i++) {
			frames.write(jpeg.toByteArray());
		}
		Path file = Files.createTempFile("camera-", ".mjpeg");
		Files.write(file, frames.toByteArray());
		return file;
	}

	static Path blankPng() throws IOException {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(200, 210, 220));
		graphics.fillRect(0, 0, 320, 240);
		graphics.dispose();
		Path file = Files.createTempFile("blank-", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
