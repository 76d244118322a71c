package org.karvon.qr;

import java.util.Optional;

/** The two formats a photo may come in, recognised by their first bytes, never by a declared type. */
enum ImageFormat {

	PNG("png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	JPEG("jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	final String imageIoName;

	private final byte[] magic;

	ImageFormat(String imageIoName, byte[] magic) {
		this.imageIoName = imageIoName;
		this.magic = magic;
	}

	static Optional<ImageFormat> of(byte[] bytes) {
		for (ImageFormat format : values()) {
			if (format.matches(bytes)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	private boolean matches(byte[] bytes) {
		if (bytes == null || bytes.length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if (bytes[i] != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
