package org.karvon.qr;

/**
 * What one photo may cost: the decoded raster's memory, checked from the header before decoding, and
 * how many photos are decoded at once ({@code threads}) or wait ({@code queue}) before callers are
 * told to come back later. Decoding is CPU work, so more threads than cores only adds latency.
 */
public record PhotoLimits(long memoryBudgetBytes, int threads, int queue) {

	/** 48 MB: a 16-megapixel 8-bit RGB photo (4608 × 3456 × 3); a phone's largest JPEG fits. */
	public static final long DEFAULT_MEMORY_BUDGET = 48L * 1024 * 1024;

	public PhotoLimits {
		if (memoryBudgetBytes < 1 || threads < 1 || queue < 0) {
			throw new IllegalArgumentException("photo limits must be positive: " + memoryBudgetBytes + ", " + threads
					+ ", " + queue);
		}
	}

	/** The budget above, one thread per core and up to 4 photos waiting per thread. */
	public static PhotoLimits defaults() {
		int cores = Runtime.getRuntime().availableProcessors();
		return new PhotoLimits(DEFAULT_MEMORY_BUDGET, cores, 4 * cores);
	}

}
