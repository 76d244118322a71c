package org.karvon.consignment.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.karvon.qr.QrRenderer;

import org.springframework.stereotype.Component;

/**
 * Rendered QR images, kept for the tokens asked for most recently: a token never changes, so a
 * PNG is drawn once per token and size rather than on every request. Bounded by the bytes it holds.
 */
@Component
class QrImages {

	/** Bytes of PNG kept (README "Footprint"): some thousands of codes at the usual sizes. */
	static final long BUDGET_BYTES = 16L << 20;

	private final QrRenderer renderer = new QrRenderer();

	private final Cache<String, byte[]> pngs = Caffeine.newBuilder()
		.maximumWeight(BUDGET_BYTES)
		.weigher((String key, byte[] png) -> png.length + key.length())
		.executor(Runnable::run)
		.build();

	byte[] png(String token, int size) {
		String key = size + ":" + token;
		byte[] cached = pngs.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		byte[] rendered = renderer.png(token, size);
		pngs.put(key, rendered);
		return rendered;
	}

	String svg(String token) {
		return renderer.svg(token);
	}

}
