package org.karvon.consignment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.karvon.qr.QrRenderer;

import org.springframework.stereotype.Component;

/**
 * Rendered QR images, kept for the tokens asked for most recently: a token never changes, so a
 * PNG is drawn once per token and size rather than on every request.
 */
@Component
class QrImages {

	private static final int CAPACITY = 2_000;

	private final QrRenderer renderer = new QrRenderer();

	private final Map<String, byte[]> pngs = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > CAPACITY;
		}
	};

	byte[] png(String token, int size) {
		String key = size + ":" + token;
		synchronized (pngs) {
			byte[] cached = pngs.get(key);
			if (cached != null) {
				return cached;
			}
		}
		byte[] rendered = renderer.png(token, size);
		synchronized (pngs) {
			pngs.put(key, rendered);
		}
		return rendered;
	}

	String svg(String token) {
		return renderer.svg(token);
	}

}
