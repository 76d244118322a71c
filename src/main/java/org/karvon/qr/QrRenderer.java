package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * Draws token text as a QR code: error correction level M (15 % of the code may be lost), a quiet
 * zone of 4 modules, and the smallest QR version that holds the text (ZXing chooses it).
 */
public final class QrRenderer {

	static {
		// ImageIO buffers streams in temp files by default: disk I/O on every PNG, for nothing
		ImageIO.setUseCache(false);
	}

	public static final int MIN_SIZE_PX = 128;

	public static final int MAX_SIZE_PX = 1024;

	/**
	 * Longest text accepted: the level-M capacity of version 40 in alphanumeric mode, which KV1
	 * tokens use (the largest declaration the limits allow is ~2150 characters); byte-mode text
	 * holds at most 2331 bytes and is refused by the encoder beyond that.
	 */
	public static final int MAX_TEXT_LENGTH = 3391;

	private static final int QUIET_ZONE_MODULES = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

	/**
	 * A square PNG of {@code sizePx} pixels. The code is scaled by a whole number of pixels per
	 * module and centred, so the quiet zone may be wider than 4 modules.
	 * @throws IllegalArgumentException if the size is outside 128..1024 or the text is too long
	 */
	public byte[] png(String text, int sizePx) {
		if (sizePx < MIN_SIZE_PX || sizePx > MAX_SIZE_PX) {
			throw new IllegalArgumentException("size must be " + MIN_SIZE_PX + ".." + MAX_SIZE_PX + " px, was " + sizePx);
		}
		BitMatrix matrix = encode(text, sizePx);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(blackOnWhite(matrix), "PNG", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The matrix as a 1-bit image, its packed pixels written directly. ZXing's {@code MatrixToImageWriter}
	 * sets each pixel through {@code setRGB}, which looks the colour up in the palette per pixel: three
	 * quarters of a PNG's CPU in the benchmark's profile (a 512 px code is 262,144 pixels).
	 */
	static BufferedImage blackOnWhite(BitMatrix matrix) {
		int width = matrix.getWidth();
		BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int stride = (width + 7) / 8;
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < width; x++) {
				// the default binary palette is 0 = black, 1 = white; pixels are packed from the high bit
				if (!matrix.get(x, y)) {
					pixels[y * stride + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
				}
			}
		}
		return image;
	}

	/**
	 * A scalable SVG: one unit per module, dark modules as one path of horizontal runs
	 * ({@code M x y h w v1 h -w z}) over a white background.
	 */
	public String svg(String text) {
		BitMatrix matrix = encode(text, 0);
		int size = matrix.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && matrix.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
					.append("v1h-").append(x - start).append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/** The QR version (1..40) the text needs at level M. */
	public int versionFor(String text) {
		checkText(text);
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getVersion().getVersionNumber();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text does not fit in a QR code", ex);
		}
	}

	private static BitMatrix encode(String text, int sizePx) {
		checkText(text);
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text does not fit in a QR code", ex);
		}
	}

	private static void checkText(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException("QR text must be 1.." + MAX_TEXT_LENGTH + " characters");
		}
	}

}
