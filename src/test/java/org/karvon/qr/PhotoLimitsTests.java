package org.karvon.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.karvon.support.Photos;

class PhotoLimitsTests {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Test
	void refusesTheSixteenBitBombFromItsHeaderWithinMillisecondsAndAlmostNoAllocation() {
		byte[] bomb = Bombs.sixteenBitBomb();
		QrDecoder decoder = new QrDecoder();
		decoder.decode(bomb);
		long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();

		DecodeResult result = decoder.decode(bomb);

		long millis = (System.nanoTime() - start) / 1_000_000;
		long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
		System.out.printf("16-bit bomb (%d bytes): %s in %d ms, %d bytes allocated%n", bomb.length, result, millis, allocated);
		assertThat(result).isEqualTo(new DecodeResult.TooLarge(6300, 6300, 6300L * 6300 * 8));
		assertThat(millis).isLessThan(100);
		assertThat(allocated).isLessThan(4L * bomb.length);
	}

	@Test
	void pricesSixteenBitSamplesAtTwoBytesNotOnlyByPixelCount() {
		QrDecoder decoder = new QrDecoder(new PhotoLimits(30_000_000, 1, 1));

		// 10 megapixels: under the budget in 8-bit grey, over it in 16-bit RGBA
		assertThat(decoder.decode(Bombs.pngHeader(5_000, 2_000))).isInstanceOf(DecodeResult.NotAnImage.class);
		assertThat(decoder.decode(Bombs.sixteenBitBomb())).isInstanceOf(DecodeResult.TooLarge.class);
	}

	@Test
	void answersBusyAtOnceWhenEveryThreadAndQueueSlotIsTaken() throws Exception {
		QrDecoder decoder = new QrDecoder(new PhotoLimits(PhotoLimits.DEFAULT_MEMORY_BUDGET, 1, 1));
		byte[] wall = Photos.png(Photos.noisy(Photos.blankFrame(), 12, 7));

		CompletableFuture<DecodeResult> running = decoder.submit(wall);
		CompletableFuture<DecodeResult> queued = decoder.submit(wall);
		CompletableFuture<DecodeResult> refused = decoder.submit(wall);

		assertThat(refused).isCompletedWithValue(new DecodeResult.Busy(1));
		assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(new DecodeResult.NoCode());
		assertThat(queued.get(30, TimeUnit.SECONDS)).isEqualTo(new DecodeResult.NoCode());
		assertThat(decoder.submit(wall).get(30, TimeUnit.SECONDS)).isEqualTo(new DecodeResult.NoCode());
	}

}
