package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** An 8-bit grey raster, row-major: the one form every decoding attempt reads. */
record GreyPhoto(byte[] pixels, int width, int height) {

	static GreyPhoto of(BufferedImage grey) {
		if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			throw new IllegalArgumentException("not an 8-bit grey image");
		}
		return new GreyPhoto(((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), grey.getWidth(),
				grey.getHeight());
	}

	/** Shadows and light fall-off divided out; see {@link Illumination}. */
	GreyPhoto flattened() {
		return new GreyPhoto(Illumination.flattened(this.pixels, this.width, this.height, 8), this.width, this.height);
	}

	GreyPhoto scaled(double factor) {
		return of(ImageVariants.scaled(image(), factor));
	}

	BufferedImage image() {
		BufferedImage image = new BufferedImage(this.width, this.height, BufferedImage.TYPE_BYTE_GRAY);
		System.arraycopy(this.pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0,
				this.pixels.length);
		return image;
	}

}
