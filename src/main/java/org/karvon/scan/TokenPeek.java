package org.karvon.scan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.signing.QrTokenVerifier;

/**
 * Reads the consignment number from a QR token's payload (either format) <em>without</em> verifying it, for the
 * fast path. Safe because the result is only used to load a record whose issued token is then
 * compared with the scanned text character for character; any doubt means "verify fully".
 */
public final class TokenPeek {

	private static final String NUMBER_CLAIM = "\"n\":\"";

	private TokenPeek() {
	}

	public static Optional<ConsignmentNumber> number(String token) {
		if (token.startsWith("KV1:")) {
			return QrTokenVerifier.peekNumber(token).flatMap(TokenPeek::parse);
		}
		int first = token.indexOf('.');
		int second = (first < 0) ? -1 : token.indexOf('.', first + 1);
		if (second < 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(first + 1, second)),
					StandardCharsets.UTF_8);
			int start = payload.indexOf(NUMBER_CLAIM);
			int end = (start < 0) ? -1 : payload.indexOf('"', start + NUMBER_CLAIM.length());
			return (end < 0) ? Optional.empty() : parse(payload.substring(start + NUMBER_CLAIM.length(), end));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<ConsignmentNumber> parse(String number) {
		try {
			return Optional.of(ConsignmentNumber.parse(number));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
