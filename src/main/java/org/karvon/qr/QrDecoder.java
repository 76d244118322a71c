package org.karvon.qr;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a QR code from a phone photo (PNG or JPEG). The cheapest attempt that reads most photos comes
 * first, and each later one runs only if everything before it failed (measured on the 45-photo
 * corpus, see the README): BoofCV on the frame as taken (an evenly lit photo needs no more: 4 ms CPU
 * for the bench photo, against 8 ms with flat-fielding first); BoofCV on the flat-fielded frame; BoofCV
 * with a local-mean threshold on the frame as taken; BoofCV on the flat-fielded frame scaled 1.5× (small
 * modules); ZXing on the frame and on a contrast-stretched copy. {@link #submit} runs on a bounded pool and answers {@link
 * DecodeResult.Busy} at once when it is full. Thread-safe.
 */
public final class QrDecoder {

	private static final int MAX_SIDE = 1600;

	private static final int MIN_SIDE = 480;

	private static final int UPSCALE_BELOW = 1400;

	private final PhotoLimits limits;

	private final ThreadPoolExecutor pool;

	private final BoofCvReader standard = BoofCvReader.standard();

	private final BoofCvReader localMean = BoofCvReader.localMean();

	private final ZxingReader zxing = new ZxingReader();

	public QrDecoder() {
		this(PhotoLimits.defaults());
	}

	public QrDecoder(PhotoLimits limits) {
		this.limits = limits;
		BlockingQueue<Runnable> queue = (limits.queue() == 0) ? new SynchronousQueue<>()
				: new ArrayBlockingQueue<>(limits.queue());
		AtomicInteger count = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS, queue, (task) -> {
			Thread thread = new Thread(task, "qr-decode-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public PhotoLimits limits() {
		return this.limits;
	}

	/** Decodes on the bounded pool; when every thread is busy and the queue full, completes with Busy at once. */
	public CompletableFuture<DecodeResult> submit(byte[] imageBytes) {
		try {
			return CompletableFuture.supplyAsync(() -> decode(imageBytes), this.pool);
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.completedFuture(new DecodeResult.Busy(1));
		}
	}

	/** Decodes on the calling thread. */
	public DecodeResult decode(byte[] imageBytes) {
		SafeImageReader.Read read = SafeImageReader.read(imageBytes, this.limits.memoryBudgetBytes(), MAX_SIDE);
		if (read instanceof SafeImageReader.Refused refused) {
			return refused.reason();
		}
		BufferedImage image = ImageVariants.normalized(((SafeImageReader.Image) read).image(), MIN_SIDE, MAX_SIDE);
		return search(GreyPhoto.of(image)).<DecodeResult>map(DecodeResult.Decoded::new)
			.orElseGet(DecodeResult.NoCode::new);
	}

	/** The text of the QR code in the image, if one can be read. */
	public Optional<String> decodeText(byte[] imageBytes) {
		return (decode(imageBytes) instanceof DecodeResult.Decoded decoded) ? Optional.of(decoded.text())
				: Optional.empty();
	}

	private Optional<String> search(GreyPhoto photo) {
		return this.standard.read(photo).or(() -> searchHarder(photo));
	}

	private Optional<String> searchHarder(GreyPhoto photo) {
		GreyPhoto flat = photo.flattened();
		return this.standard.read(flat)
			.or(() -> this.localMean.read(photo))
			.or(() -> (Math.max(photo.width(), photo.height()) <= UPSCALE_BELOW) ? this.standard.read(flat.scaled(1.5))
					: Optional.empty())
			.or(() -> this.zxing.read(photo))
			.or(() -> this.zxing.read(GreyPhoto.of(ImageVariants.enhanced(photo.image()))));
	}

}
