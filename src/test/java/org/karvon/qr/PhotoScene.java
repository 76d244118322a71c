package org.karvon.qr;

import java.util.Random;

/**
 * What the camera sees before light and optics spoil it: a cluttered background (a truck's side, a
 * desk) and on it a sheet of paper with printed text lines and the code, in perspective. Pixels are
 * rendered by inverse mapping with 3×3 supersampling, so module edges are anti-aliased like a lens.
 */
final class PhotoScene {

	/** A pinhole focal length in pixels: a phone's ~60° horizontal field of view at 1280 px. */
	private static final double FOCAL = 1100;

	private static final float[] INK = { 0.10f, 0.10f, 0.13f };

	private static final float[] PAPER = { 0.93f, 0.92f, 0.88f };

	private final boolean[][] modules;

	private final int span;

	private final float[][] patches;

	private final double[][] lines;

	PhotoScene(boolean[][] modules, Random random) {
		this.modules = modules;
		this.span = modules.length + 2 * PrintedCodePhoto.QUIET_ZONE;
		this.patches = new float[14][];
		for (int i = 0; i < this.patches.length; i++) {
			float grey = 0.15f + 0.6f * random.nextFloat();
			this.patches[i] = new float[] { random.nextFloat() * 1280, random.nextFloat() * 720, 60 + random.nextFloat() * 300,
					20 + random.nextFloat() * 200, grey, grey * (0.8f + 0.3f * random.nextFloat()), grey * 0.9f };
		}
		this.lines = new double[9][];
		for (int i = 0; i < this.lines.length; i++) {
			// text lines on the sheet beside the code, in code-widths (the code is the unit square)
			this.lines[i] = new double[] { -0.55 + 0.5 * random.nextDouble(), 1.08 + 0.06 * i, 0.3 + 0.9 * random.nextDouble() };
		}
	}

	float[][] render(PrintedCodePhoto photo, int width, int height) {
		double[] toPaper = Homography.inverse(Homography.fromUnitSquare(corners(photo, width, height)));
		float[][] rgb = new float[3][width * height];
		float[][] above = cornerRow(toPaper, 0, width);
		for (int y = 0; y < height; y++) {
			float[][] below = cornerRow(toPaper, y + 1, width);
			for (int x = 0; x < width; x++) {
				float[] pixel = uniform(above[x], above[x + 1], below[x], below[x + 1]) ? above[x]
						: supersampled(toPaper, x, y);
				for (int c = 0; c < 3; c++) {
					rgb[c][y * width + x] = pixel[c] * 255;
				}
			}
			above = below;
		}
		return rgb;
	}

	/** The scene at the pixel corners of one row: a pixel whose four corners agree is not sampled again. */
	private float[][] cornerRow(double[] toPaper, int y, int width) {
		float[][] row = new float[width + 1][3];
		for (int x = 0; x <= width; x++) {
			shade(toPaper, x, y, row[x]);
		}
		return row;
	}

	private float[] supersampled(double[] toPaper, int x, int y) {
		float[] sum = new float[3];
		float[] sample = new float[3];
		for (int sy = 0; sy < 3; sy++) {
			for (int sx = 0; sx < 3; sx++) {
				shade(toPaper, x + (sx + 0.5) / 3, y + (sy + 0.5) / 3, sample);
				for (int c = 0; c < 3; c++) {
					sum[c] += sample[c] / 9;
				}
			}
		}
		return sum;
	}

	private static boolean uniform(float[] a, float[] b, float[] c, float[] d) {
		return java.util.Arrays.equals(a, b) && java.util.Arrays.equals(a, c) && java.util.Arrays.equals(a, d);
	}

	/** The code's corners in the image: tilted in 3-D, turned in-plane, projected, placed. */
	private double[][] corners(PrintedCodePhoto photo, int width, int height) {
		double tilt = Math.toRadians(photo.tilt);
		double axis = Math.toRadians(photo.tiltDirection);
		double turn = Math.toRadians(photo.rotation);
		double half = photo.size / 2.0;
		double[][] square = { { -half, -half }, { half, -half }, { half, half }, { -half, half } };
		double[][] projected = new double[4][];
		for (int i = 0; i < 4; i++) {
			double[] p = Homography.tiltAndProject(square[i][0], square[i][1], tilt, axis, FOCAL);
			double x = p[0] * Math.cos(turn) - p[1] * Math.sin(turn);
			double y = p[0] * Math.sin(turn) + p[1] * Math.cos(turn);
			projected[i] = new double[] { x, y };
		}
		double[] centre = placement(photo, projected, width, height);
		for (double[] p : projected) {
			p[0] += centre[0];
			p[1] += centre[1];
		}
		return projected;
	}

	/** The requested centre, kept so the symbol itself (not necessarily all its quiet zone) is in frame. */
	private double[] placement(PrintedCodePhoto photo, double[][] projected, int width, int height) {
		double reachX = 0;
		double reachY = 0;
		double symbol = (this.span - 2.0 * PrintedCodePhoto.QUIET_ZONE + 2) / this.span;
		for (double[] p : projected) {
			reachX = Math.max(reachX, Math.abs(p[0]) * symbol);
			reachY = Math.max(reachY, Math.abs(p[1]) * symbol);
		}
		double x = Double.isNaN(photo.centreX) ? width / 2.0 : photo.centreX;
		double y = Double.isNaN(photo.centreY) ? height / 2.0 : photo.centreY;
		return new double[] { clamp(x, reachX + 4, width - reachX - 4), clamp(y, reachY + 4, height - reachY - 4) };
	}

	private void shade(double[] toPaper, double x, double y, float[] out) {
		double w = toPaper[6] * x + toPaper[7] * y + toPaper[8];
		double u = (toPaper[0] * x + toPaper[1] * y + toPaper[2]) / w;
		double v = (toPaper[3] * x + toPaper[4] * y + toPaper[5]) / w;
		if (u < -0.6 || u > 1.6 || v < -0.5 || v > 1.7) {
			background(x, y, out);
			return;
		}
		System.arraycopy(isInk(u, v) ? INK : PAPER, 0, out, 0, 3);
	}

	private boolean isInk(double u, double v) {
		int column = (int) Math.floor(u * this.span) - PrintedCodePhoto.QUIET_ZONE;
		int row = (int) Math.floor(v * this.span) - PrintedCodePhoto.QUIET_ZONE;
		if (column >= 0 && row >= 0 && column < this.modules.length && row < this.modules.length) {
			return this.modules[row][column];
		}
		if (v < 1.07) {
			return false;
		}
		for (double[] line : this.lines) {
			if (v > line[1] && v < line[1] + 0.025 && u > line[0] && u < line[0] + line[2]
					&& ((int) (u * 90) % 7 != 0)) {
				return true;
			}
		}
		return false;
	}

	private void background(double x, double y, float[] out) {
		float base = (float) (0.35 + 0.3 * Math.floor(x / 8) / 160 + 0.1 * Math.sin(Math.floor(y / 4) / 9.0));
		out[0] = base * 0.9f;
		out[1] = base * 0.85f;
		out[2] = base * 0.75f;
		for (float[] patch : this.patches) {
			if (x > patch[0] && x < patch[0] + patch[2] && y > patch[1] && y < patch[1] + patch[3]) {
				System.arraycopy(patch, 4, out, 0, 3);
			}
		}
	}

	private static double clamp(double value, double low, double high) {
		return (low > high) ? (low + high) / 2 : Math.max(low, Math.min(high, value));
	}

}
