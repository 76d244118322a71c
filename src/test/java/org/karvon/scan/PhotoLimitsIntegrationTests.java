package org.karvon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.qr.Bombs;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Issue 11's resource limits on the photo upload, tried as a hostile client would. */
@IntegrationTest
class PhotoLimitsIntegrationTests {

	@Autowired
	Api api;

	String officer;

	@BeforeEach
	void anOfficer() {
		officer = api.officerAt("KZZHZ");
	}

	@Test
	void refusesTheSixteenBitPngBombWith413WithinTwoSecondsAndLittleMemory() {
		byte[] bomb = Bombs.sixteenBitBomb();
		long heapBefore = usedHeap();
		long start = System.nanoTime();

		new Scans(api).photo(officer, bomb, MediaType.IMAGE_PNG).expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("IMAGE_TOO_LARGE");

		Duration took = Duration.ofNanos(System.nanoTime() - start);
		long growth = usedHeap() - heapBefore;
		System.out.printf("PNG bomb: 413 in %d ms, used heap grew %d KB%n", took.toMillis(), growth / 1024);
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		assertThat(growth).isLessThan(50L * 1024 * 1024);
	}

	@Test
	void refusesAMultipartRequestOfFiveThousandPartsWith413WithinTwoSeconds() {
		String boundary = "karvon-parts";
		long start = System.nanoTime();

		api.client().post().uri("/api/scans")
			.headers((headers) -> headers.setBearerAuth(officer))
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.bodyValue(manyParts(boundary, 5_000))
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("5000 parts: 413 in %d ms%n", took.toMillis());
		assertThat(took).isLessThan(Duration.ofSeconds(2));
	}

	private static byte[] manyParts(String boundary, int count) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i < count; i++) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"p" + i
					+ ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\nxx\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
