package org.karvon.web;

import java.util.List;
import java.util.Optional;

import org.karvon.kernel.FieldError;
import tools.jackson.core.JacksonException;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Problems with the request itself as WebFlux reports them: an unreadable body, a wrong route or media type. */
final class RequestProblems {

	private RequestProblems() {
	}

	static Optional<Problem> of(Throwable ex) {
		return body(ex).or(() -> routing(ex));
	}

	private static Optional<Problem> body(Throwable ex) {
		if (ex instanceof WebExchangeBindException bind) {
			List<FieldError> errors = bind.getFieldErrors()
				.stream()
				.map((error) -> new FieldError(error.getField(), error.getDefaultMessage()))
				.toList();
			return Optional.of(DomainProblems.invalid(errors.size() + " field(s) are invalid; see 'errors'.", errors));
		}
		if (isTooManyParts(ex)) {
			return Optional.of(Problem.of(HttpStatus.CONTENT_TOO_LARGE, "Too many parts",
					"A multipart request may carry at most spring.webflux.multipart.max-parts parts; send the photo alone."));
		}
		if (isTooLarge(ex)) {
			return Optional.of(Problem.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
					"The request body exceeds the size limit for this endpoint."));
		}
		if (ex instanceof ServerWebInputException input) {
			return Optional.of(jsonFieldProblem(input)
				.orElseGet(() -> Problem.of(HttpStatus.BAD_REQUEST, "Bad request", describeInput(input))));
		}
		if (ex instanceof DecodingException decoding) {
			// a body the codecs cannot read outside @RequestBody, e.g. a multipart upload without its boundary
			return Optional.of(Problem.of(HttpStatus.BAD_REQUEST, "Bad request", "The request body could not be read: "
					+ JsonTrouble.describe(decoding)));
		}
		return Optional.empty();
	}

	private static Optional<Problem> routing(Throwable ex) {
		if (ex instanceof MethodNotAllowedException notAllowed) {
			return Optional.of(Problem.of(notAllowed.getStatusCode(), "Method not allowed",
					"Use one of " + notAllowed.getSupportedMethods() + " on this resource."));
		}
		if (ex instanceof UnsupportedMediaTypeStatusException media) {
			return Optional.of(Problem.of(media.getStatusCode(), "Unsupported media type",
					"Send one of " + media.getSupportedMediaTypes() + "."));
		}
		if (ex instanceof NotAcceptableStatusException accept) {
			return Optional.of(Problem.of(accept.getStatusCode(), "Not acceptable",
					"This resource cannot answer in the requested type."));
		}
		if (ex instanceof ResponseStatusException status) {
			return Optional.of(Problem.of(status.getStatusCode(), titleFor(status.getStatusCode().value()),
					detailFor(status)));
		}
		return Optional.empty();
	}

	/** A JSON value of the wrong type becomes a field error naming its JSON path, like validation does. */
	private static Optional<Problem> jsonFieldProblem(ServerWebInputException input) {
		return Causes.of(input).map(RequestProblems::fieldProblem).flatMap(Optional::stream).findFirst();
	}

	private static Optional<Problem> fieldProblem(Throwable cause) {
		if (cause instanceof StorableText.Unstorable unstorable) {
			String field = unstorable.getPath().isEmpty() ? "(body)" : jsonPath(unstorable.getPath());
			return Optional.of(DomainProblems.invalid("The field " + field + " " + StorableText.REASON + ".",
					List.of(new FieldError(field, StorableText.REASON))));
		}
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = jsonPath(json.getPath());
			return Optional.of(DomainProblems.invalid("The field " + field + " has the wrong type or format.",
					List.of(new FieldError(field, "has the wrong type or format"))));
		}
		return Optional.empty();
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return field.toString();
	}

	/** Spring's multipart reader signals its part-count limit only by a DecodingException's message. */
	private static boolean isTooManyParts(Throwable ex) {
		return Causes.any(ex, (cause) -> cause instanceof DecodingException && cause.getMessage() != null
				&& cause.getMessage().startsWith("Too many parts"));
	}

	private static boolean isTooLarge(Throwable ex) {
		return Causes.any(ex, DataBufferLimitException.class::isInstance);
	}

	private static String describeInput(ServerWebInputException input) {
		Throwable cause = input.getCause();
		if (cause instanceof DecodingException) {
			return "The request body is not valid JSON of the expected shape: " + JsonTrouble.describe(cause);
		}
		if (input.getMethodParameter() != null && input.getReason() != null) {
			return JsonTrouble.bounded(input.getReason()).replace("Type mismatch.", "A parameter has the wrong type.");
		}
		return input.getReason() != null ? JsonTrouble.bounded(input.getReason()) : "The request could not be read.";
	}

	private static String detailFor(ResponseStatusException status) {
		if (status.getStatusCode().value() == 404) {
			return "No resource at this path.";
		}
		return status.getReason() != null ? JsonTrouble.bounded(status.getReason()) : titleFor(status.getStatusCode().value());
	}

	private static String titleFor(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known != null ? known.getReasonPhrase() : "Error";
	}

}
