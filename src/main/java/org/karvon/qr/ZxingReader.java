package org.karvon.qr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * ZXing's QR reader with its hybrid (local-block) binarizer. Alone it reads few of the hard photos
 * (see the README), but it is a second algorithm: it finds codes BoofCV's polygon step misses, such
 * as codes drawn edge to edge without a quiet zone.
 */
final class ZxingReader {

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
			DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

	Optional<String> read(GreyPhoto photo) {
		PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(photo.pixels(), photo.width(), photo.height(), 0,
				0, photo.width(), photo.height(), false);
		try {
			return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS).getText());
		}
		catch (ReaderException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
