package org.karvon.support;

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
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Makes phone-photo-like pictures of a QR code: small in a noisy frame, tilted, blurred, badly lit. */
public final class Photos {

	private Photos() {
	}

	/** A 1280x720 grey gradient with noise and the code drawn {@code size} px wide, rotated, off-centre. */
	public static BufferedImage inFrame(byte[] qrPng, int size, double degrees) {
		BufferedImage frame = blankFrame();
		Graphics2D g = frame.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		AffineTransform at = new AffineTransform();
		at.translate(760, 380);
		at.rotate(Math.toRadians(degrees));
		at.translate(-size / 2.0, -size / 2.0);
		at.scale(size / (double) read(qrPng).getWidth(), size / (double) read(qrPng).getWidth());
		g.drawImage(read(qrPng), at, null);
		g.dispose();
		return noisy(frame, 12, 42);
	}

	/** A 1280x720 grey gradient, like a wall or a truck's side, with no code on it. */
	public static BufferedImage blankFrame() {
		BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(90, 80, 70), 1280, 720, new Color(200, 190, 170)));
		g.fillRect(0, 0, 1280, 720);
		g.dispose();
		return frame;
	}

	public static BufferedImage noisy(BufferedImage image, int amplitude, long seed) {
		Random random = new Random(seed);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int noise = (int) (random.nextGaussian() * amplitude);
				int rgb = image.getRGB(x, y);
				image.setRGB(x, y, shift(rgb >> 16, noise) << 16 | shift(rgb >> 8, noise) << 8 | shift(rgb, noise));
			}
		}
		return image;
	}

	/** A 5x5 Gaussian-like blur. */
	public static BufferedImage blurred(BufferedImage image) {
		float[] weights = { 1, 4, 6, 4, 1, 4, 16, 24, 16, 4, 6, 24, 36, 24, 6, 4, 16, 24, 16, 4, 1, 4, 6, 4, 1 };
		for (int i = 0; i < weights.length; i++) {
			weights[i] /= 256f;
		}
		return new ConvolveOp(new Kernel(5, 5, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	/** Light falling off from bright top-left to a dim bottom-right (multiplied, like a shadow). */
	public static BufferedImage unevenlyLit(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		double diagonal = image.getWidth() + image.getHeight();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				double light = 1.0 - 0.7 * (x + y) / diagonal;
				int rgb = image.getRGB(x, y);
				out.setRGB(x, y, dim(rgb >> 16, light) << 16 | dim(rgb >> 8, light) << 8 | dim(rgb, light));
			}
		}
		return out;
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
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

	public static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int shift(int channel, int noise) {
		return Math.max(0, Math.min(255, (channel & 0xFF) + noise));
	}

	private static int dim(int channel, double light) {
		return (int) ((channel & 0xFF) * light);
	}

}
