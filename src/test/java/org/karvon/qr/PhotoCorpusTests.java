package org.karvon.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhotoCorpusTests {

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private final QrDecoder decoder = new QrDecoder();

	@Test
	void readsAtLeast43OfThe45DegradedPhotos() throws IOException {
		String dump = System.getProperty("karvon.corpus.dump");
		int read = 0;
		PhotoCorpus.photos();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < PhotoCorpus.COUNT; i++) {
			PhotoCorpus.Entry photo = PhotoCorpus.photos().get(i);
			boolean ok = this.decoder.decode(photo.jpeg()).equals(new DecodeResult.Decoded(Tokens.example()));
			read += ok ? 1 : 0;
			System.out.println((ok ? "read   " : "MISSED ") + photo.description());
			if (dump != null) {
				Files.write(Path.of(dump, "photo-" + i + ".jpg"), photo.jpeg());
			}
		}
		long wall = (System.nanoTime() - start) / 1_000_000;
		long cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		System.out.printf("Photo corpus: %d/%d read; one thread: %d ms wall, %d ms CPU = %.1f photos/s of CPU%n", read,
				PhotoCorpus.COUNT, wall, cpu, PhotoCorpus.COUNT * 1000.0 / Math.max(1, cpu));
		assertThat(read).isGreaterThanOrEqualTo(43);
	}

}
