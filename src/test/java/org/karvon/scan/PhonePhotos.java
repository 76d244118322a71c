package org.karvon.scan;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * 1280x720 JPEGs like an officer's phone takes: the code small and tilted on a wall, slightly out of
 * focus, lit unevenly.
 */
final class PhonePhotos {

	private PhonePhotos() {
	}

	static byte[] ofCode(byte[] qrPng, int size, double degrees) {
		BufferedImage frame = wall();
		BufferedImage code = read(qrPng);
		Graphics2D g = frame.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		AffineTransform at = new AffineTransform();
		at.translate(720, 340);
		at.rotate(Math.toRadians(degrees));
		at.translate(-size / 2.0, -size / 2.0);
		at.scale(size / (double) code.getWidth(), size / (double) code.getHeight());
		g.drawImage(code, at, null);
		g.dispose();
		return jpeg(unevenlyLit(blurred(frame)));
	}

	static byte[] ofBlankWall() {
		return jpeg(unevenlyLit(blurred(wall())));
	}

	private static BufferedImage wall() {
		BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(150, 140, 125), 1280, 720, new Color(210, 200, 185)));
		g.fillRect(0, 0, 1280, 720);
		g.dispose();
		return frame;
	}

	private static BufferedImage blurred(BufferedImage image) {
		float[] weights = { 1, 2, 1, 2, 4, 2, 1, 2, 1 };
		for (int i = 0; i < weights.length; i++) {
			weights[i] /= 16f;
		}
		return new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	private static BufferedImage unevenlyLit(BufferedImage image) {
		double diagonal = image.getWidth() + image.getHeight();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				double light = 1.0 - 0.5 * (x + y) / diagonal;
				int rgb = image.getRGB(x, y);
				image.setRGB(x, y, dim(rgb >> 16, light) << 16 | dim(rgb >> 8, light) << 8 | dim(rgb, light));
			}
		}
		return image;
	}

	private static int dim(int channel, double light) {
		return (int) ((channel & 0xFF) * light);
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.85f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
