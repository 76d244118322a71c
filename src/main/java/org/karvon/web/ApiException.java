package org.karvon.web;

import org.karvon.kernel.FieldError;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal decided at the HTTP edge by a controller (a bad query parameter, too many logins), with
 * everything its problem+json body needs. Application services never throw it: they raise
 * {@link org.karvon.kernel.DomainException}s, which {@link DomainProblems} maps.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final String code;

	private final List<FieldError> errors;

	public ApiException(HttpStatus status, String title, String detail, String code, List<FieldError> errors) {
		super(detail, null, false, false);
		this.status = status;
		this.title = title;
		this.code = code;
		this.errors = List.copyOf(errors);
	}

	public static ApiException badRequest(String title, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, title, detail, null, List.of());
	}

	public static ApiException invalid(List<FieldError> errors) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.size() + " field(s) are invalid; see 'errors'.", "VALIDATION_FAILED", errors);
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail, null, List.of());
	}

	public static ApiException forbidden(String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, null, List.of());
	}

	public static ApiException conflict(String code, String detail) {
		return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, code, List.of());
	}

	public static ApiException unprocessable(String code, String detail) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", detail, code, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public String code() {
		return code;
	}

	public List<FieldError> errors() {
		return errors;
	}

}
