package org.karvon.qr;

import org.karvon.support.Photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrDecoderTests {

	private static final String TOKEN = Tokens.example();

	private static final byte[] QR = new QrRenderer().png(TOKEN, 512);

	private final QrDecoder decoder = new QrDecoder();

	@ParameterizedTest
	@ValueSource(ints = { 0, 17, 90, -25, 45 })
	void readsASmallCodeInANoisyFrameAtAnAngle(int degrees) {
		byte[] photo = Photos.png(Photos.inFrame(QR, 300, degrees));

		assertThat(this.decoder.decode(photo)).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsABlurredCode() {
		byte[] photo = Photos.png(Photos.blurred(Photos.inFrame(QR, 320, 17)));

		assertThat(this.decoder.decode(photo)).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsAnUnevenlyLitCode() {
		byte[] photo = Photos.png(Photos.unevenlyLit(Photos.inFrame(QR, 300, 17)));

		assertThat(this.decoder.decode(photo)).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsAJpegAtQuality60() {
		byte[] photo = Photos.jpeg(Photos.inFrame(QR, 300, 17), 0.6f);

		assertThat(this.decoder.decode(photo)).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsABlurredBadlyLitTiltedJpeg() {
		BufferedImage photo = Photos.unevenlyLit(Photos.blurred(Photos.inFrame(QR, 340, 17)));

		assertThat(this.decoder.decode(Photos.jpeg(photo, 0.6f))).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsAVeryLargePhotoByScalingItDown() {
		BufferedImage large = Photos.inFrame(QR, 300, 17);
		BufferedImage huge = new BufferedImage(3840, 2160, BufferedImage.TYPE_INT_RGB);
		huge.createGraphics().drawImage(large, 0, 0, 3840, 2160, null);

		assertThat(this.decoder.decode(Photos.jpeg(huge, 0.8f))).isEqualTo(new DecodeResult.Decoded(TOKEN));
	}

	@Test
	void readsASmallThumbnailByScalingItUp() {
		BufferedImage thumbnail = new BufferedImage(260, 260, BufferedImage.TYPE_INT_RGB);
		thumbnail.createGraphics().drawImage(Photos.read(QR), 0, 0, 260, 260, null);

		assertThat(this.decoder.decodeText(Photos.png(thumbnail))).contains(TOKEN);
	}

	@Test
	void reportsRandomBytesAsAnUnsupportedFormat() {
		byte[] random = new byte[5000];
		new Random(7).nextBytes(random);

		assertThat(this.decoder.decode(random)).isEqualTo(new DecodeResult.UnsupportedFormat());
		assertThat(this.decoder.decode(new byte[0])).isEqualTo(new DecodeResult.UnsupportedFormat());
		assertThat(this.decoder.decode(null)).isEqualTo(new DecodeResult.UnsupportedFormat());
	}

	@Test
	void reportsATruncatedImageAsNotAnImage() {
		byte[] truncated = java.util.Arrays.copyOf(QR, QR.length / 2);

		assertThat(this.decoder.decode(truncated)).isInstanceOf(DecodeResult.NotAnImage.class);
	}

	@Test
	void reportsABlankImageAsNoCode() {
		BufferedImage blank = Photos.noisy(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), 20, 1);

		assertThat(this.decoder.decode(Photos.png(blank))).isEqualTo(new DecodeResult.NoCode());
		assertThat(this.decoder.decodeText(Photos.png(blank))).isEmpty();
	}

	@Test
	void refusesAnImageWhoseRasterExceedsTheMemoryBudgetWithoutDecodingIt() {
		byte[] bomb = Bombs.pngHeader(12_000, 5_000);

		assertThat(this.decoder.decode(bomb)).isEqualTo(new DecodeResult.TooLarge(12_000, 5_000, 60_000_000L));
	}

	@Test
	void refusesBytesThatAreNeitherPngNorJpegWithoutParsingThem() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		assertThat(this.decoder.decode(gif)).isEqualTo(new DecodeResult.UnsupportedFormat());
	}

}
