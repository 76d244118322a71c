package org.karvon.qr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;

/** Grey-scale image transformations that give a hard photo another chance: scale, enhance. */
final class ImageVariants {

	private static final float[] SHARPEN = { 0, -1, 0, -1, 5, -1, 0, -1, 0 };

	private ImageVariants() {
	}

	/** A grey image whose longest side is at most {@code maxSide} and, for small images, at least {@code minSide}: the source itself when it already is one. */
	static BufferedImage normalized(BufferedImage source, int minSide, int maxSide) {
		int longest = Math.max(source.getWidth(), source.getHeight());
		double scale = (longest > maxSide) ? (double) maxSide / longest
				: (longest < minSide) ? Math.min(4.0, (double) minSide / longest) : 1.0;
		boolean alreadyGrey = source.getType() == BufferedImage.TYPE_BYTE_GRAY;
		return (scale == 1.0 && alreadyGrey) ? source : scaled(source, scale);
	}

	static BufferedImage scaled(BufferedImage source, double scale) {
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(source, 0, 0, width, height, null);
		g.dispose();
		return grey;
	}

	/** Stretches the 1st..99th percentile of grey levels to the full range, then sharpens lightly. */
	static BufferedImage enhanced(BufferedImage grey) {
		WritableRaster raster = grey.copyData(null);
		int[] histogram = new int[256];
		int[] pixels = raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null);
		for (int p : pixels) {
			histogram[p]++;
		}
		int low = percentile(histogram, pixels.length / 100);
		int high = 255 - percentile(reversed(histogram), pixels.length / 100);
		int range = Math.max(1, high - low);
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = Math.max(0, Math.min(255, (pixels[i] - low) * 255 / range));
		}
		raster.setPixels(0, 0, raster.getWidth(), raster.getHeight(), pixels);
		BufferedImage stretched = new BufferedImage(grey.getColorModel(), raster, false, null);
		return new ConvolveOp(new Kernel(3, 3, SHARPEN), ConvolveOp.EDGE_NO_OP, null).filter(stretched, null);
	}

	private static int percentile(int[] histogram, int count) {
		int seen = 0;
		for (int level = 0; level < histogram.length; level++) {
			seen += histogram[level];
			if (seen > count) {
				return level;
			}
		}
		return histogram.length - 1;
	}

	private static int[] reversed(int[] histogram) {
		int[] out = new int[histogram.length];
		for (int i = 0; i < histogram.length; i++) {
			out[i] = histogram[histogram.length - 1 - i];
		}
		return out;
	}

}
