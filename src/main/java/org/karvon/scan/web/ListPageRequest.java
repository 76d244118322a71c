package org.karvon.scan.web;

import java.util.ArrayList;
import java.util.List;

import org.karvon.kernel.FieldError;
import org.karvon.web.ApiException;

/**
 * List pages scanned from a document, with the text of the consignment's own QR code they are checked
 * against: {@code {"qr": "KV1:…", "pages": ["KVL1:…", …]}}, 1 to {@value #MAX_PAGES} pages.
 */
record ListPageRequest(String qr, List<String> pages) {

	static final int MAX_PAGES = 50;

	static final int MAX_PAGE_LENGTH = 400;

	ListPageRequest requireValid(int maxQrLength) {
		List<FieldError> errors = new ArrayList<>();
		if (qr == null || qr.isBlank()) {
			errors.add(new FieldError("qr", "is required: the text of the consignment's QR code"));
		}
		else if (qr.length() > maxQrLength) {
			errors.add(new FieldError("qr", "must be at most " + maxQrLength + " characters"));
		}
		if (pages == null || pages.isEmpty() || pages.size() > MAX_PAGES) {
			errors.add(new FieldError("pages", "must have 1 to " + MAX_PAGES + " page codes"));
		}
		else {
			for (int i = 0; i < pages.size(); i++) {
				if (pages.get(i) == null || pages.get(i).length() > MAX_PAGE_LENGTH) {
					errors.add(new FieldError("pages[" + i + "]", "must be a page code of at most " + MAX_PAGE_LENGTH
							+ " characters"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return this;
	}

}
