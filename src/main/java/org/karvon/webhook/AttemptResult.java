package org.karvon.webhook;

import java.util.Optional;

/**
 * How one attempt ended: a 2xx answer is a success; any other answer (a redirect included — redirects
 * are not followed), a timeout, a refused address or a connection error is a failure.
 */
public record AttemptResult(Optional<Integer> responseCode, Optional<String> error) {

	public static AttemptResult answered(int code) {
		return new AttemptResult(Optional.of(code), code / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + code));
	}

	public static AttemptResult failed(String error) {
		return new AttemptResult(Optional.empty(), Optional.of(error.length() > 300 ? error.substring(0, 300) : error));
	}

	public boolean succeeded() {
		return error.isEmpty();
	}

}
