package org.karvon.qr;

import java.util.Map;
import java.util.Random;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A phone photo of a QR code printed on paper, built step by step:
 * {@code aPhotoOf(token).sized(300).rotatedBy(30).tiltedBy(25, 120).blurredBy(1.2).jpeg()}.
 * The code is laid in 3-D (tilted towards the camera, then turned in the image plane) and projected
 * through a pinhole camera, so its square is a true perspective quadrilateral; then the light falls off
 * and shadows cross it, the lens blurs, the sensor adds noise and the phone compresses to JPEG.
 * {@code sized} is the printed side including the 4-module quiet zone, as {@link QrRenderer} draws it.
 * Every random choice comes from {@code seed}, so a photo is the same bytes on every run.
 */
final class PrintedCodePhoto {

	static final int WIDTH = 1280;

	static final int HEIGHT = 720;

	static final int QUIET_ZONE = 4;

	private final String text;

	int size = 300;

	double rotation;

	double tilt;

	double tiltDirection;

	double centreX = Double.NaN;

	double centreY = Double.NaN;

	double lightFalloff = 0.4;

	double shadow;

	double blur = 0.8;

	double noise = 5;

	float jpegQuality = 0.8f;

	long seed = 1;

	private PrintedCodePhoto(String text) {
		this.text = text;
	}

	static PrintedCodePhoto aPhotoOf(String text) {
		return new PrintedCodePhoto(text);
	}

	PrintedCodePhoto sized(int px) {
		this.size = px;
		return this;
	}

	PrintedCodePhoto rotatedBy(double degrees) {
		this.rotation = degrees;
		return this;
	}

	/** Turned {@code degrees} away from the camera about an axis in the paper at {@code direction} degrees. */
	PrintedCodePhoto tiltedBy(double degrees, double direction) {
		this.tilt = degrees;
		this.tiltDirection = direction;
		return this;
	}

	PrintedCodePhoto centredAt(double x, double y) {
		this.centreX = x;
		this.centreY = y;
		return this;
	}

	/** Light falling off across the frame: 0 even, 0.7 the dark side gets 30 % of the light. */
	PrintedCodePhoto litUnevenly(double falloff) {
		this.lightFalloff = falloff;
		return this;
	}

	/** A soft-edged shadow over part of the code, darkening it by {@code depth} (0..1). */
	PrintedCodePhoto shadowed(double depth) {
		this.shadow = depth;
		return this;
	}

	/** Gaussian lens blur with this sigma in pixels. */
	PrintedCodePhoto blurredBy(double sigma) {
		this.blur = sigma;
		return this;
	}

	/** Sensor noise: Gaussian with this sigma in grey levels (0..255), plus shot noise. */
	PrintedCodePhoto noisy(double sigma) {
		this.noise = sigma;
		return this;
	}

	PrintedCodePhoto jpegQuality(int percent) {
		this.jpegQuality = percent / 100f;
		return this;
	}

	PrintedCodePhoto seed(long seed) {
		this.seed = seed;
		return this;
	}

	byte[] jpeg() {
		Random random = new Random(this.seed);
		PhotoScene scene = new PhotoScene(modules(), random);
		float[][] rgb = scene.render(this, WIDTH, HEIGHT);
		PhotoDamage.light(rgb, WIDTH, HEIGHT, this, random);
		PhotoDamage.blur(rgb, WIDTH, HEIGHT, this.blur);
		PhotoDamage.noise(rgb, this.noise, random);
		return PhotoDamage.jpeg(rgb, WIDTH, HEIGHT, this.jpegQuality);
	}

	@Override
	public String toString() {
		return String.format("%dpx rot %.0f° tilt %.0f°@%.0f light %.2f shadow %.2f blur %.2f noise %.1f q%.0f",
				this.size, this.rotation, this.tilt, this.tiltDirection, this.lightFalloff, this.shadow, this.blur,
				this.noise, this.jpegQuality * 100);
	}

	private boolean[][] modules() {
		try {
			ByteMatrix matrix = Encoder
				.encode(this.text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M))
				.getMatrix();
			boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					dark[y][x] = matrix.get(x, y) == 1;
				}
			}
			return dark;
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
