package org.karvon.qr;

/**
 * Flat-field correction for grey photos: divides every pixel by an estimate of the light falling on
 * the paper there, so a shadow across the code or light falling off to one side no longer shifts
 * dark and light modules past one threshold. The light is estimated as the brightest pixel of each
 * block and its neighbours (paper is the brightest thing in a code, and every few modules show some),
 * smoothed and interpolated bilinearly. Linear in the number of pixels.
 */
final class Illumination {

	private Illumination() {
	}

	/** A corrected copy of a {@code width × height} grey raster, with paper near 240. */
	static byte[] flattened(byte[] grey, int width, int height, int block) {
		int columns = (width + block - 1) / block;
		int rows = (height + block - 1) / block;
		int[] light = smoothed(neighbourhoodMax(blockMax(grey, width, height, block, columns, rows), columns, rows),
				columns, rows);
		byte[] out = new byte[grey.length];
		for (int y = 0; y < height; y++) {
			double gy = Math.max(0, Math.min(rows - 1.001, (y + 0.5) / block - 0.5));
			int r0 = (int) gy;
			int r1 = Math.min(r0 + 1, rows - 1);
			double fy = gy - r0;
			for (int x = 0; x < width; x++) {
				double gx = Math.max(0, Math.min(columns - 1.001, (x + 0.5) / block - 0.5));
				int c0 = (int) gx;
				int c1 = Math.min(c0 + 1, columns - 1);
				double fx = gx - c0;
				double top = light[r0 * columns + c0] * (1 - fx) + light[r0 * columns + c1] * fx;
				double bottom = light[r1 * columns + c0] * (1 - fx) + light[r1 * columns + c1] * fx;
				double paper = Math.max(24, top * (1 - fy) + bottom * fy);
				out[y * width + x] = (byte) Math.min(255, (int) (240 * (grey[y * width + x] & 0xFF) / paper));
			}
		}
		return out;
	}

	private static int[] blockMax(byte[] grey, int width, int height, int block, int columns, int rows) {
		int[] max = new int[columns * rows];
		for (int y = 0; y < height; y++) {
			int row = (y / block) * columns;
			for (int x = 0; x < width; x++) {
				int cell = row + x / block;
				max[cell] = Math.max(max[cell], grey[y * width + x] & 0xFF);
			}
		}
		return max;
	}

	private static int[] neighbourhoodMax(int[] cells, int columns, int rows) {
		int[] out = new int[cells.length];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int max = 0;
				for (int dr = Math.max(0, r - 1); dr <= Math.min(rows - 1, r + 1); dr++) {
					for (int dc = Math.max(0, c - 1); dc <= Math.min(columns - 1, c + 1); dc++) {
						max = Math.max(max, cells[dr * columns + dc]);
					}
				}
				out[r * columns + c] = max;
			}
		}
		return out;
	}

	private static int[] smoothed(int[] cells, int columns, int rows) {
		int[] out = new int[cells.length];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int sum = 0;
				int count = 0;
				for (int dr = Math.max(0, r - 1); dr <= Math.min(rows - 1, r + 1); dr++) {
					for (int dc = Math.max(0, c - 1); dc <= Math.min(columns - 1, c + 1); dc++) {
						sum += cells[dr * columns + dc];
						count++;
					}
				}
				out[r * columns + c] = sum / count;
			}
		}
		return out;
	}

}
