package org.karvon.qr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** PNGs that declare huge rasters in few bytes: decompression bombs. */
public final class Bombs {

	private static final byte[] SIXTEEN_BIT = rgba16(6300, 6300);

	private Bombs() {
	}

	/** Only a header: 8-bit grey of the given size, no pixel data. */
	static byte[] pngHeader(int width, int height) {
		return png(ihdr(width, height, 8, 0), null);
	}

	/**
	 * The bomb of issue 11: a complete, valid 6300 × 6300 PNG of 16-bit RGBA zeros, about 310 KB that
	 * inflate to 318 MB of samples (more once decoded into Java's raster).
	 */
	public static byte[] sixteenBitBomb() {
		return SIXTEEN_BIT.clone();
	}

	private static byte[] rgba16(int width, int height) {
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(9), 1 << 16)) {
			byte[] row = new byte[1 + width * 8];
			for (int y = 0; y < height; y++) {
				deflate.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png(ihdr(width, height, 16, 6), idat.toByteArray());
	}

	private static byte[] ihdr(int width, int height, int bitDepth, int colourType) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(bytes);
		try {
			data.writeInt(width);
			data.writeInt(height);
			data.write(new byte[] { (byte) bitDepth, (byte) colourType, 0, 0, 0 });
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] png(byte[] ihdr, byte[] idat) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		try {
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			chunk(out, "IHDR", ihdr);
			if (idat != null) {
				chunk(out, "IDAT", idat);
				chunk(out, "IEND", new byte[0]);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] typed = new byte[4 + data.length];
		System.arraycopy(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, typed, 0, 4);
		System.arraycopy(data, 0, typed, 4, data.length);
		CRC32 crc = new CRC32();
		crc.update(typed);
		out.writeInt(data.length);
		out.write(typed);
		out.writeInt((int) crc.getValue());
	}

}
