package org.karvon.qr;

/** What reading a photo gave: bad input and overload are values, never exceptions. */
public sealed interface DecodeResult {

	/** A QR code was found; {@code text} is exactly what it carries. */
	record Decoded(String text) implements DecodeResult {
	}

	/** A readable image without a readable QR code. */
	record NoCode() implements DecodeResult {
	}

	/** The bytes are not a PNG or JPEG (by their magic bytes); nothing was parsed. */
	record UnsupportedFormat() implements DecodeResult {
	}

	/** A PNG or JPEG that is corrupt or truncated. */
	record NotAnImage(String reason) implements DecodeResult {
	}

	/**
	 * The header declares an image whose decoded raster ({@code bytesNeeded}: width × height × channels ×
	 * bytes per sample) exceeds {@link PhotoLimits#memoryBudgetBytes()}; it was not decoded.
	 */
	record TooLarge(int width, int height, long bytesNeeded) implements DecodeResult {
	}

	/** Every decoding thread is busy and the queue is full: retry after {@code retryAfterSeconds}. */
	record Busy(int retryAfterSeconds) implements DecodeResult {
	}

}
