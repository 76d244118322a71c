package org.karvon.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class QrRendererTests {

	private final QrRenderer renderer = new QrRenderer();

	private final QrDecoder decoder = new QrDecoder();

	@Test
	void fitsTheContractExampleTokenInVersion10AtLevelM() {
		int version = this.renderer.versionFor(Tokens.example());

		System.out.printf("example token: %d chars, QR version %d (JWS: %d)%n", Tokens.example().length(), version,
				this.renderer.versionFor(Tokens.exampleJws()));
		assertThat(version).isLessThanOrEqualTo(10);
	}

	@Test
	void choosesALargerVersionForALongHaulToken() {
		int version = this.renderer.versionFor(Tokens.big());

		System.out.printf("big token: %d chars, QR version %d%n", Tokens.big().length(), version);
		assertThat(version).isGreaterThan(this.renderer.versionFor(Tokens.example())).isLessThanOrEqualTo(25);
	}

	@Test
	void rendersAPngOfTheRequestedSizeThatDecodesToExactlyTheToken() throws Exception {
		String token = Tokens.example();
		byte[] png = this.renderer.png(token, 400);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(400);
		assertThat(this.decoder.decode(png)).isEqualTo(new DecodeResult.Decoded(token));
	}

	@Test
	void drawsEveryPixelAsZxingsOwnImageWriterDoes() throws Exception {
		for (int size : new int[] { 128, 333, 512, 1024 }) {
			BitMatrix matrix = new QRCodeWriter().encode(Tokens.big(), BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			BufferedImage ours = QrRenderer.blackOnWhite(matrix);
			BufferedImage zxings = MatrixToImageWriter.toBufferedImage(matrix);

			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					assertThat(ours.getRGB(x, y)).as("pixel %d,%d of %d px", x, y, size).isEqualTo(zxings.getRGB(x, y));
				}
			}
		}
	}

	@Test
	void keepsAQuietZoneOfAtLeastFourModules() throws Exception {
		String token = Tokens.example();
		int modules = 17 + 4 * this.renderer.versionFor(token);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(this.renderer.png(token, 1024)));
		int pixelsPerModule = 1024 / (modules + 8);

		for (int i = 0; i < 4 * pixelsPerModule; i++) {
			assertThat(image.getRGB(i, 512) & 0xFFFFFF).isEqualTo(0xFFFFFF);
			assertThat(image.getRGB(512, 1023 - i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
		}
	}

	@Test
	void rendersAnSvgThatRasterizesToExactlyTheToken() {
		String token = Tokens.big();
		String svg = this.renderer.svg(token);

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
		assertThat(this.decoder.decode(SvgRasterizer.png(svg, 6))).isEqualTo(new DecodeResult.Decoded(token));
	}

	@Test
	void refusesSizesOutsideTheBoundsAndEmptyText() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.renderer.png("x", 127));
		assertThatIllegalArgumentException().isThrownBy(() -> this.renderer.png("x", 1025));
		assertThatIllegalArgumentException().isThrownBy(() -> this.renderer.png("", 256));
		assertThatIllegalArgumentException().isThrownBy(() -> this.renderer.svg("x".repeat(3392)));
	}

}
