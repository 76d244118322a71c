package org.karvon.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SafeImageReaderTests {

	@Test
	void decodesAColourJpegStraightToItsGreyLumaPlane() throws IOException {
		BufferedImage image = read(encoded(aColourFrame(), "jpg"));

		assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
		assertThat(image.getRaster().getSample(10, 10, 0)).isBetween(105, 115); // luma of (120, 110, 95)
		assertThat(ImageVariants.normalized(image, 480, 1600)).isSameAs(image);
	}

	@Test
	void decodesAColourPngInColourForTheGreyConversionToFollow() throws IOException {
		BufferedImage image = read(encoded(aColourFrame(), "png"));

		assertThat(image.getType()).isNotEqualTo(BufferedImage.TYPE_BYTE_GRAY);
		assertThat(ImageVariants.normalized(image, 480, 1600).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
	}

	private static BufferedImage read(byte[] bytes) {
		return ((SafeImageReader.Image) SafeImageReader.read(bytes, PhotoLimits.DEFAULT_MEMORY_BUDGET, 1600)).image();
	}

	private static BufferedImage aColourFrame() {
		BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setColor(new Color(120, 110, 95));
		g.fillRect(0, 0, 640, 480);
		g.dispose();
		return frame;
	}

	private static byte[] encoded(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

}
