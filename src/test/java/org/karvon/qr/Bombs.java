package org.karvon.qr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/** A PNG that declares huge dimensions in a few bytes: a decompression bomb's calling card. */
final class Bombs {

	private Bombs() {
	}

	static byte[] pngHeader(int width, int height) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
			DataOutputStream data = new DataOutputStream(ihdr);
			data.writeBytes("IHDR");
			data.writeInt(width);
			data.writeInt(height);
			data.write(new byte[] { 8, 0, 0, 0, 0 });
			out.writeInt(13);
			out.write(ihdr.toByteArray());
			CRC32 crc = new CRC32();
			crc.update(ihdr.toByteArray());
			out.writeInt((int) crc.getValue());
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
