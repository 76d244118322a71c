package org.karvon.web;

import java.util.List;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The one place where exceptions become HTTP answers. Runs before Spring Boot's default handler,
 * so nothing reaches a client as HTML, a stack trace or a bare 500 with internals.
 */
@Component
@Order(-2)
class ProblemDetailsHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	private final ProblemWriter writer;

	ProblemDetailsHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		return writer.write(exchange, toProblem(ex));
	}

	Problem toProblem(Throwable ex) {
		if (ex instanceof ApiException api) {
			return new Problem(api.status().value(), api.title(), api.getMessage(), api.code(), api.errors());
		}
		if (ex instanceof WebExchangeBindException bind) {
			List<FieldProblem> errors = bind.getFieldErrors()
				.stream()
				.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
				.toList();
			return new Problem(400, "Invalid request", errors.size() + " field(s) are invalid; see 'errors'.",
					"VALIDATION_FAILED", errors);
		}
		if (isTooLarge(ex)) {
			return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
					"The request body exceeds the size limit for this endpoint.");
		}
		if (ex instanceof ServerWebInputException input) {
			return jsonFieldProblem(input)
				.orElseGet(() -> Problem.of(HttpStatus.BAD_REQUEST, "Bad request", describeInput(input)));
		}
		if (ex instanceof DecodingException decoding) {
			// a body the codecs cannot read outside @RequestBody, e.g. a multipart upload without its boundary
			return Problem.of(HttpStatus.BAD_REQUEST, "Bad request", "The request body could not be read: "
					+ firstLine(decoding.getMessage()));
		}
		if (ex instanceof MethodNotAllowedException notAllowed) {
			return Problem.of(notAllowed.getStatusCode(), "Method not allowed",
					"Use one of " + notAllowed.getSupportedMethods() + " on this resource.");
		}
		if (ex instanceof UnsupportedMediaTypeStatusException media) {
			return Problem.of(media.getStatusCode(), "Unsupported media type",
					"Send one of " + media.getSupportedMediaTypes() + ".");
		}
		if (ex instanceof NotAcceptableStatusException accept) {
			return Problem.of(accept.getStatusCode(), "Not acceptable", "This resource cannot answer in the requested type.");
		}
		if (ex instanceof ResponseStatusException status) {
			return Problem.of(status.getStatusCode(), titleFor(status.getStatusCode().value()), detailFor(status));
		}
		if (ex instanceof AuthenticationException) {
			return Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid Bearer access token is required.");
		}
		if (ex instanceof AccessDeniedException) {
			return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.");
		}
		if (isDatabaseUnavailable(ex)) {
			log.warn("Database unavailable: {}", ex.toString());
			return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"The database is unavailable; retry in a few seconds.");
		}
		log.error("Unexpected failure", ex);
		return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; the failure has been logged.");
	}

	/** A JSON value of the wrong type becomes a field error naming its JSON path, like validation does. */
	private static java.util.Optional<Problem> jsonFieldProblem(ServerWebInputException input) {
		for (Throwable cause = input; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				String field = jsonPath(json.getPath());
				return java.util.Optional.of(new Problem(400, "Invalid request",
						"The field " + field + " has the wrong type or format.", "VALIDATION_FAILED",
						List.of(new FieldProblem(field, "has the wrong type or format"))));
			}
		}
		return java.util.Optional.empty();
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

	private static boolean isTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcNonTransientResourceException || cause instanceof R2dbcTransientResourceException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof TimeoutException
					|| cause instanceof java.net.ConnectException
					|| cause instanceof R2dbcException && cause.getMessage() != null
							&& cause.getMessage().contains("closed")) {
				return true;
			}
		}
		return false;
	}

	private static String describeInput(ServerWebInputException input) {
		Throwable cause = input.getCause();
		if (cause instanceof DecodingException) {
			return "The request body is not valid JSON of the expected shape: " + firstLine(cause.getMessage());
		}
		if (input.getMethodParameter() != null && input.getReason() != null) {
			return input.getReason().replace("Type mismatch.", "A parameter has the wrong type.");
		}
		return input.getReason() != null ? input.getReason() : "The request could not be read.";
	}

	private static String detailFor(ResponseStatusException status) {
		if (status.getStatusCode().value() == 404) {
			return "No resource at this path.";
		}
		return status.getReason() != null ? status.getReason() : titleFor(status.getStatusCode().value());
	}

	private static String titleFor(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known != null ? known.getReasonPhrase() : "Error";
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable input.";
		}
		String line = message.lines().findFirst().orElse("");
		// Jackson messages name our Java classes; clients need the JSON location, not our internals.
		line = line.replaceAll("`?[a-z]+(\\.[a-zA-Z_$0-9]+)+`?", "value").replaceAll("\\(class [^)]*\\)", "");
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

}
