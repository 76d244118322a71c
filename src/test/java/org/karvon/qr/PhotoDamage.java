package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.karvon.support.Photos;

/** What a phone does to a scene, in order: uneven light and shadow, lens blur, sensor noise, JPEG. */
final class PhotoDamage {

	private PhotoDamage() {
	}

	/**
	 * Light falling off linearly in a random direction, a vignette, a warm cast and, if asked, a
	 * soft-edged shadow band (an arm, a mirror) across the middle of the frame.
	 */
	static void light(float[][] rgb, int width, int height, PrintedCodePhoto photo, Random random) {
		double direction = random.nextDouble() * 2 * Math.PI;
		double dx = Math.cos(direction);
		double dy = Math.sin(direction);
		double reach = Math.abs(dx) * width + Math.abs(dy) * height;
		double shadowAngle = random.nextDouble() * Math.PI;
		double shadowOffset = (random.nextDouble() - 0.5) * 120;
		double exposure = 0.85 + 0.3 * random.nextDouble();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double along = ((x - width / 2.0) * dx + (y - height / 2.0) * dy) / reach + 0.5;
				double r2 = (Math.pow(x - width / 2.0, 2) + Math.pow(y - height / 2.0, 2)) / (width * width / 4.0);
				double light = exposure * (1 - photo.lightFalloff * along) * (1 - 0.25 * r2);
				if (photo.shadow > 0) {
					double side = (x - width / 2.0) * Math.cos(shadowAngle) + (y - height / 2.0) * Math.sin(shadowAngle)
							- shadowOffset;
					light *= 1 - photo.shadow / (1 + Math.exp(-side / 6.0));
				}
				int i = y * width + x;
				rgb[0][i] *= (float) (light * 1.02);
				rgb[1][i] *= (float) (light * 0.97);
				rgb[2][i] *= (float) (light * 0.88);
			}
		}
	}

	static void blur(float[][] rgb, int width, int height, double sigma) {
		if (sigma <= 0) {
			return;
		}
		int radius = (int) Math.ceil(3 * sigma);
		float[] kernel = new float[2 * radius + 1];
		float sum = 0;
		for (int k = -radius; k <= radius; k++) {
			kernel[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
			sum += kernel[k + radius];
		}
		for (int k = 0; k < kernel.length; k++) {
			kernel[k] /= sum;
		}
		for (float[] channel : rgb) {
			convolve(channel, width, height, kernel, 1, width);
			convolve(channel, width, height, kernel, width, height);
		}
	}

	/** Read noise (Gaussian) plus shot noise growing with the square root of the signal. */
	static void noise(float[][] rgb, double sigma, Random random) {
		for (float[] channel : rgb) {
			for (int i = 0; i < channel.length; i++) {
				double shot = Math.sqrt(Math.max(0, channel[i]) / 255.0) * sigma * 0.6;
				channel[i] += (float) (random.nextGaussian() * Math.hypot(sigma, shot));
			}
		}
	}

	static byte[] jpeg(float[][] rgb, int width, int height, float quality) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] pixels = new int[width * height];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = level(rgb[0][i]) << 16 | level(rgb[1][i]) << 8 | level(rgb[2][i]);
		}
		image.setRGB(0, 0, width, height, pixels, 0, width);
		return Photos.jpeg(image, quality);
	}

	/** One pass of a 1-D kernel along lines {@code step} apart (1: rows, width: columns). */
	private static void convolve(float[] data, int width, int height, float[] kernel, int step, int length) {
		int radius = kernel.length / 2;
		int lines = (step == 1) ? height : width;
		int lineStride = (step == 1) ? width : 1;
		float[] line = new float[length];
		for (int l = 0; l < lines; l++) {
			int start = l * lineStride;
			for (int i = 0; i < length; i++) {
				float acc = 0;
				for (int k = -radius; k <= radius; k++) {
					int j = Math.max(0, Math.min(length - 1, i + k));
					acc += kernel[k + radius] * data[start + j * step];
				}
				line[i] = acc;
			}
			for (int i = 0; i < length; i++) {
				data[start + i * step] = line[i];
			}
		}
	}

	private static int level(float value) {
		return Math.max(0, Math.min(255, Math.round(value)));
	}

}
