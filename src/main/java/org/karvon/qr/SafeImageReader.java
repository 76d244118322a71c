package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads PNG and JPEG bytes in memory. The format is taken from the magic bytes, and the memory the
 * decoded raster would need (width × height × channels × bytes per sample, so a 16-bit RGB PNG costs
 * six bytes a pixel) is checked from the header before any pixel is inflated: a 320 KB PNG declaring
 * 6300 × 6300 16-bit pixels costs a few microseconds and no allocation. Metadata chunks are skipped
 * unread (a compressed-text bomb is never inflated). Very large photos are subsampled while decoding.
 * Photos are decoded straight to 8-bit grey when the reader offers it: a JPEG's luma plane is its grey
 * image, and the JPEG decoder then skips the colour planes (1.5 ms CPU for the 1280×720 bench photo
 * instead of 4.4 ms to decode colour and 1.2 ms to convert it).
 */
final class SafeImageReader {

	/** What came of reading: an image or the reason there is none. */
	sealed interface Read {
	}

	record Image(BufferedImage image) implements Read {
	}

	record Refused(DecodeResult reason) implements Read {
	}

	private SafeImageReader() {
	}

	static Read read(byte[] bytes, long memoryBudget, int maxSide) {
		ImageFormat format = ImageFormat.of(bytes).orElse(null);
		if (format == null) {
			return new Refused(new DecodeResult.UnsupportedFormat());
		}
		if (format == ImageFormat.PNG && bytes.length >= 26) {
			// priced from IHDR itself: ImageIO would walk every chunk up to the first IDAT first
			int width = readInt(bytes, 16);
			int height = readInt(bytes, 20);
			long needed = (long) width * height * pngBytesPerPixel(bytes[24], bytes[25]);
			if (width > 0 && height > 0 && needed > memoryBudget) {
				return new Refused(new DecodeResult.TooLarge(width, height, needed));
			}
		}
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return decodeWithin(reader, memoryBudget, maxSide);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Refused(new DecodeResult.NotAnImage("unreadable image: " + ex.getMessage()));
		}
	}

	private static Read decodeWithin(ImageReader reader, long memoryBudget, int maxSide) throws IOException {
		int width = reader.getWidth(0);
		int height = reader.getHeight(0);
		if (width <= 0 || height <= 0) {
			return new Refused(new DecodeResult.NotAnImage("empty image"));
		}
		long needed = (long) width * height * bytesPerPixel(reader.getRawImageType(0));
		if (needed > memoryBudget) {
			return new Refused(new DecodeResult.TooLarge(width, height, needed));
		}
		ImageReadParam param = reader.getDefaultReadParam();
		// decoding every pixel of a 4000-px photo only to scale it down is wasted work
		int step = Math.max(1, Math.max(width, height) / (2 * maxSide));
		param.setSourceSubsampling(step, step, 0, 0);
		greyWhenOffered(reader, param);
		BufferedImage image = reader.read(0, param);
		return (image != null) ? new Image(image) : new Refused(new DecodeResult.NotAnImage("no image data"));
	}

	private static void greyWhenOffered(ImageReader reader, ImageReadParam param) throws IOException {
		for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext();) {
			ImageTypeSpecifier type = types.next();
			if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY) {
				param.setDestinationType(type);
				return;
			}
		}
	}

	/** PNG colour types 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA; unknown ones priced as RGBA. */
	private static int pngBytesPerPixel(byte bitDepth, byte colourType) {
		int channels = switch (colourType) {
			case 0, 3 -> 1;
			case 2 -> 3;
			case 4 -> 2;
			default -> 4;
		};
		return channels * ((bitDepth == 16) ? 2 : 1);
	}

	private static int readInt(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
	}

	/** Channels × bytes per sample of the raw raster; unknown layouts are priced as 4 channels of 16 bits. */
	static int bytesPerPixel(ImageTypeSpecifier raw) {
		if (raw == null) {
			return 8;
		}
		SampleModel model = raw.getSampleModel(1, 1);
		return model.getNumBands() * Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8);
	}

}
