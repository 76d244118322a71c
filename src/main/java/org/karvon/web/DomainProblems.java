package org.karvon.web;

import java.util.List;

import org.karvon.kernel.DomainException;
import org.karvon.kernel.Rejection;

import org.springframework.http.HttpStatus;

/** The one mapping from domain outcomes to problem+json: each kind of {@link DomainException} has one status. */
final class DomainProblems {

	private DomainProblems() {
	}

	static Problem of(DomainException ex) {
		if (ex instanceof DomainException.NotFound) {
			return Problem.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
		}
		if (ex instanceof DomainException.NotPermitted) {
			return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
		}
		if (ex instanceof DomainException.Invalid invalid) {
			return invalid(invalid.getMessage(), invalid.errors());
		}
		if (ex instanceof DomainException.Malformed malformed) {
			return Problem.of(HttpStatus.BAD_REQUEST, malformed.what(), malformed.getMessage());
		}
		if (ex instanceof DomainException.Refused refused) {
			return coded(HttpStatus.CONFLICT, "Conflict", refused.rejection());
		}
		if (ex instanceof DomainException.Busy busy) {
			return coded(HttpStatus.SERVICE_UNAVAILABLE, "Busy", busy.rejection());
		}
		DomainException.Unusable unusable = (DomainException.Unusable) ex;
		return unusable.tooLarge() ? coded(HttpStatus.CONTENT_TOO_LARGE, "Image too large", unusable.rejection())
				: coded(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", unusable.rejection());
	}

	static Problem invalid(String detail, List<org.karvon.kernel.FieldError> errors) {
		return new Problem(HttpStatus.BAD_REQUEST.value(), "Invalid request", detail, "VALIDATION_FAILED", errors);
	}

	private static Problem coded(HttpStatus status, String title, Rejection rejection) {
		return new Problem(status.value(), title, rejection.message(), rejection.code(), List.of());
	}

}
