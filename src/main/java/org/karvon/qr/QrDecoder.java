package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code from a phone photo (PNG, JPEG …). Cheap attempts come first: the whole frame
 * (the code may fill only part of it) with two binarizers; then a contrast-stretched, sharpened copy;
 * then copies rotated by ±15°, ±30° and 45°; then half and double scale. Thread-safe.
 */
public final class QrDecoder {

	/** Images declaring more pixels than this (40 megapixels) are refused unread. */
	public static final long MAX_PIXELS = 40_000_000L;

	private static final int MAX_SIDE = 1600;

	private static final int MIN_SIDE = 480;

	private static final double[] ANGLES = { 15, -15, 30, -30, 45 };

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
			DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

	private static final List<Function<LuminanceSource, Binarizer>> BINARIZERS = List.of(HybridBinarizer::new,
			GlobalHistogramBinarizer::new);

	public DecodeResult decode(byte[] imageBytes) {
		Object read = SafeImageReader.read(imageBytes, MAX_PIXELS);
		if (read instanceof DecodeResult rejected) {
			return rejected;
		}
		BufferedImage image = ImageVariants.normalized((BufferedImage) read, MIN_SIDE, MAX_SIDE);
		return search(image).<DecodeResult>map(DecodeResult.Decoded::new).orElseGet(DecodeResult.NoCode::new);
	}

	/** The text of the QR code in the image, if one can be read. */
	public Optional<String> decodeText(byte[] imageBytes) {
		return (decode(imageBytes) instanceof DecodeResult.Decoded decoded) ? Optional.of(decoded.text())
				: Optional.empty();
	}

	private Optional<String> search(BufferedImage image) {
		Optional<String> text = attempt(image);
		BufferedImage enhanced = ImageVariants.enhanced(image);
		text = text.or(() -> attempt(enhanced));
		for (double angle : ANGLES) {
			text = text.or(() -> attempt(ImageVariants.rotated(enhanced, angle)));
		}
		text = text.or(() -> attempt(ImageVariants.scaled(enhanced, 0.5)));
		if (Math.max(image.getWidth(), image.getHeight()) <= MAX_SIDE) {
			text = text.or(() -> attempt(ImageVariants.scaled(enhanced, 2.0)));
		}
		return text;
	}

	private static Optional<String> attempt(BufferedImage image) {
		LuminanceSource source = new BufferedImageLuminanceSource(image);
		for (Function<LuminanceSource, Binarizer> binarizer : BINARIZERS) {
			try {
				return Optional.of(new QRCodeReader().decode(new BinaryBitmap(binarizer.apply(source)), HINTS).getText());
			}
			catch (ReaderException | RuntimeException ex) {
				// not found with this binarizer; try the next variant
			}
		}
		return Optional.empty();
	}

}
