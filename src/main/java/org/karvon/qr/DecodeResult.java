package org.karvon.qr;

/** What reading a photo gave: bad input is a value, never an exception. */
public sealed interface DecodeResult {

	/** A QR code was found; {@code text} is exactly what it carries. */
	record Decoded(String text) implements DecodeResult {
	}

	/** A readable image without a readable QR code. */
	record NoCode() implements DecodeResult {
	}

	/** The bytes are not a PNG/JPEG (or other ImageIO-readable) image, or it is corrupt. */
	record NotAnImage(String reason) implements DecodeResult {
	}

	/** The image declares more pixels than {@link QrDecoder#MAX_PIXELS}; it was not decoded. */
	record TooLarge(int width, int height) implements DecodeResult {
	}

}
