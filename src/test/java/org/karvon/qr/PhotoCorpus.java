package org.karvon.qr;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * 45 phone photos of the contract example's printed code, with the damage of the hidden corpus of
 * issue 13: rotation up to 42°, perspective tilt, a code of 260–520 px in a 1280×720 frame, uneven
 * light, blur, sensor noise, JPEG quality 55–90. Size and rotation are stratified over their whole
 * ranges (so both extremes are in the set, and meet each other); the rest is drawn from one seed
 * per photo. Built once per JVM: about 5 s of rendering.
 */
final class PhotoCorpus {

	static final int COUNT = 45;

	record Entry(String description, byte[] jpeg) {
	}

	private PhotoCorpus() {
	}

	static List<Entry> photos() {
		return Rendered.PHOTOS;
	}

	static PrintedCodePhoto spec(int index) {
		// sequential seeds give java.util.Random correlated first draws: spread them first
		Random random = new Random((13_000L + index) * 0x9E3779B97F4A7C15L);
		double sizeStep = ((index * 17) % COUNT) / (COUNT - 1.0);
		double rotationStep = ((index * 29) % COUNT) / (COUNT - 1.0);
		return PrintedCodePhoto.aPhotoOf(Tokens.example())
			.sized((int) Math.round(260 + 260 * sizeStep))
			.rotatedBy(-42 + 84 * rotationStep)
			.tiltedBy(8 + 30 * random.nextDouble(), 360 * random.nextDouble())
			.centredAt(200 + 880 * random.nextDouble(), 150 + 420 * random.nextDouble())
			.litUnevenly(0.25 + 0.5 * random.nextDouble())
			.shadowed((index % 3 == 0) ? 0.3 + 0.3 * random.nextDouble() : 0)
			.blurredBy(0.6 + 1.0 * random.nextDouble())
			.noisy(3 + 9 * random.nextDouble())
			.jpegQuality(55 + random.nextInt(36))
			.seed(index);
	}

	/** Rendered on first use, in parallel; a holder, because the workers must not wait on this class's initialisation. */
	private static final class Rendered {

		private static final List<Entry> PHOTOS = build();

	}

	private static List<Entry> build() {
		return IntStream.range(0, COUNT).parallel().mapToObj((i) -> new Entry("#" + i + " " + spec(i), spec(i).jpeg()))
			.toList();
	}

}
