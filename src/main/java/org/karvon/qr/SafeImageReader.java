package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads image bytes in memory, checking the declared dimensions against a pixel budget before any
 * raster is decoded, so a small file claiming a huge image (a decompression bomb) costs nothing.
 */
final class SafeImageReader {

	private SafeImageReader() {
	}

	/** The image, or the {@link DecodeResult} explaining why there is none. */
	static Object read(byte[] bytes, long maxPixels) {
		if (bytes == null || bytes.length == 0) {
			return new DecodeResult.NotAnImage("no bytes");
		}
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return new DecodeResult.NotAnImage("unknown image format");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					return new DecodeResult.NotAnImage("empty image");
				}
				if ((long) width * height > maxPixels) {
					return new DecodeResult.TooLarge(width, height);
				}
				BufferedImage image = reader.read(0);
				return (image != null) ? image : new DecodeResult.NotAnImage("no image data");
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return new DecodeResult.NotAnImage("unreadable image: " + ex.getMessage());
		}
	}

}
