package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.karvon.qr.QrRenderer;

/** The QR versions (level M) the token format needs; the numbers printed here are the README's. */
class QrSizeTests {

	private final QrRenderer renderer = new QrRenderer();

	private final QrTokenSigner signer = new QrTokenSigner(KeyRing.of(Fixtures.key("k-2026-11-a1b2", "2026-11-01T00:00:00Z")));

	@Test
	void theContractExampleNeedsAtMostVersion10() {
		assertThat(report("contract example", Fixtures.exampleClaims())).isLessThanOrEqualTo(9);
	}

	@Test
	void aBlockTrainOf91ContainersNeedsAtMostVersion20() {
		assertThat(report("block train, 91 containers", Fixtures.blockTrain())).isLessThanOrEqualTo(11);
	}

	@Test
	void theLargestDeclarationTheLimitsAllowStillFitsAQrCode() {
		assertThat(report("largest declaration", Fixtures.largestDeclaration())).isLessThanOrEqualTo(40);
		assertThat(this.signer.sign(Fixtures.largestDeclaration())).hasSizeLessThanOrEqualTo(QrRenderer.MAX_TEXT_LENGTH);
	}

	@Test
	void everyListPageOfTheTrainNeedsAtMostVersion10() {
		QrClaims train = Fixtures.blockTrain();
		for (String page : ContainerListPages.pages(train.number(), train.version(), train.containers())) {
			assertThat(this.renderer.versionFor(page)).as(page).isLessThanOrEqualTo(10);
		}
		String first = ContainerListPages.pages(train.number(), train.version(), train.containers()).get(0);
		System.out.printf("list page of 20: %d chars, QR version %d%n", first.length(), this.renderer.versionFor(first));
	}

	@Test
	void zlibDoesNotMakeTheExampleSmaller() {
		byte[] cose = TokenSurgery.bytes(this.signer.sign(Fixtures.exampleClaims()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
			zlib.write(cose);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		System.out.printf("example COSE: %d bytes, zlib: %d bytes%n", cose.length, out.size());
		assertThat(out.size()).isGreaterThanOrEqualTo(cose.length - 8);
	}

	private int report(String what, QrClaims claims) {
		String cose = this.signer.sign(claims);
		String jws = this.signer.signJws(claims);
		int version = versionOrTooBig(cose);
		System.out.printf("%s: KV1 %d chars, QR version %d; JWS %d chars, QR version %s%n", what, cose.length(), version,
				jws.length(), versionOrTooBig(jws));
		return version;
	}

	private int versionOrTooBig(String text) {
		try {
			return this.renderer.versionFor(text);
		}
		catch (IllegalArgumentException ex) {
			return 41;
		}
	}

}
