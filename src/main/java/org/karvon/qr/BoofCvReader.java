package org.karvon.qr;

import java.util.Optional;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.ConfigQrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.factory.filter.binary.ConfigThreshold;
import boofcv.factory.filter.binary.ThresholdType;
import boofcv.struct.image.GrayU8;

/**
 * BoofCV's QR detector: finds position patterns as polygons in a locally thresholded image, fits a
 * homography (so perspective and any rotation are handled natively) and samples each module with a
 * threshold taken from the nearest position patterns. Detectors keep working buffers, so each
 * thread has its own.
 */
final class BoofCvReader {

	private final ThreadLocal<QrCodeDetector<GrayU8>> detector;

	private BoofCvReader(ConfigQrCode config) {
		this.detector = ThreadLocal.withInitial(() -> FactoryFiducial.qrcode(config, GrayU8.class));
	}

	/** BoofCV's defaults: block-Otsu threshold over 40-px blocks. */
	static BoofCvReader standard() {
		return new BoofCvReader(new ConfigQrCode());
	}

	/** A local-mean threshold over 30 px: follows a shadow's edge more closely than 40-px blocks. */
	static BoofCvReader localMean() {
		ConfigQrCode config = new ConfigQrCode();
		config.threshold = ConfigThreshold.local(ThresholdType.LOCAL_MEAN, 30);
		return new BoofCvReader(config);
	}

	Optional<String> read(GreyPhoto photo) {
		GrayU8 image = new GrayU8(photo.width(), photo.height());
		System.arraycopy(photo.pixels(), 0, image.data, 0, photo.pixels().length);
		QrCodeDetector<GrayU8> qr = this.detector.get();
		qr.process(image);
		for (QrCode code : qr.getDetections()) {
			if (code.message != null && !code.message.isEmpty()) {
				return Optional.of(code.message);
			}
		}
		return Optional.empty();
	}

}
