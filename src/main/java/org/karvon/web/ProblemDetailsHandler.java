package org.karvon.web;

import java.util.concurrent.TimeoutException;

import org.karvon.kernel.DomainException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
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
		if (ex instanceof DomainException.Busy busy) {
			exchange.getResponse().getHeaders().set("Retry-After", Integer.toString(busy.retryAfterSeconds()));
		}
		return writer.write(exchange, toProblem(ex));
	}

	Problem toProblem(Throwable ex) {
		if (ex instanceof DomainException domain) {
			return DomainProblems.of(domain);
		}
		if (ex instanceof ApiException api) {
			return new Problem(api.status().value(), api.title(), api.getMessage(), api.code(), api.errors());
		}
		return RequestProblems.of(ex).orElseGet(() -> serverSide(ex));
	}

	/** Refusals by Spring Security that reach a handler, the database being down, and our own bugs. */
	private static Problem serverSide(Throwable ex) {
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

	private static boolean isDatabaseUnavailable(Throwable ex) {
		return Causes.any(ex, (cause) -> cause instanceof R2dbcNonTransientResourceException
				|| cause instanceof R2dbcTransientResourceException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof TimeoutException || cause instanceof java.net.ConnectException
				|| cause instanceof R2dbcException && cause.getMessage() != null && cause.getMessage().contains("closed"));
	}

}
