package org.karvon.scan.web;

import java.util.ArrayList;
import java.util.List;

import org.karvon.web.ApiException;
import org.karvon.kernel.FieldError;

/** A scan sent as JSON: the text a scanner app read from the code, or the number typed by hand. */
record ScanRequest(String qr, String number) {

	/** Refuses a request that carries neither or both, naming both fields. */
	ScanRequest requireExactlyOne() {
		if (present(qr) == present(number)) {
			String message = present(qr) ? "send either qr or number, not both" : "send either qr or number";
			List<FieldError> errors = new ArrayList<>();
			errors.add(new FieldError("qr", message));
			errors.add(new FieldError("number", message));
			throw ApiException.invalid(errors);
		}
		return this;
	}

	boolean hasQr() {
		return present(qr);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
