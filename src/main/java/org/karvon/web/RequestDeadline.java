package org.karvon.web;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every request is answered: one that has not started its response {@code karvon.web.request-deadline}
 * after it arrived (plus the time its body may take at {@code karvon.web.slowest-upload} per second)
 * gets 503 problem+json, and its work is cancelled (a transaction in flight rolls back).
 * <p>
 * Why: each step to PostgreSQL is bounded (pool acquisition, connecting), but not a reply on an
 * established connection; when the database crashed under load, rarely, one request stayed
 * unanswered until its client gave up, and an officer's device cannot tell that from a lost link.
 * 503 says "retry"; a re-sent event with the same id is stored once. Server-sent event streams are
 * long-lived by design and exempt; a response already under way (a large download on a slow link) is
 * never cut.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestDeadline implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestDeadline.class);

	private final Duration deadline;

	private final long slowestUploadBytesPerSecond;

	private final long largestUploadBytes;

	RequestDeadline(@Value("${karvon.web.request-deadline:15s}") Duration deadline,
			@Value("${karvon.web.slowest-upload:16KB}") DataSize slowestUpload,
			@Value("${karvon.scan.max-image-bytes:8MB}") DataSize largestUpload) {
		this.deadline = deadline;
		this.slowestUploadBytesPerSecond = Math.max(1, slowestUpload.toBytes());
		this.largestUploadBytes = largestUpload.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (isEventStream(request)) {
			return chain.filter(exchange);
		}
		Duration allowed = deadline.plus(uploadAllowance(request));
		Mono<Long> expired = Mono.delay(allowed)
			.flatMap((tick) -> exchange.getResponse().isCommitted() ? Mono.never() : Mono.just(tick));
		return chain.filter(exchange).timeout(expired, Mono.error(() -> unanswered(request, allowed)));
	}

	/** Time for the declared body at the slowest link served; a body of unknown length counts as the largest photo accepted. */
	Duration uploadAllowance(ServerHttpRequest request) {
		long length = request.getHeaders().getContentLength();
		if (length < 0 && request.getHeaders().containsHeader("Transfer-Encoding")) {
			length = largestUploadBytes;
		}
		return length <= 0 ? Duration.ZERO : Duration.ofSeconds((length + slowestUploadBytesPerSecond - 1) / slowestUploadBytesPerSecond);
	}

	private static boolean isEventStream(ServerHttpRequest request) {
		return request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
	}

	private static ApiException unanswered(ServerHttpRequest request, Duration allowed) {
		log.warn("{} {} had no answer after {} s: answered 503, its work cancelled", request.getMethod(),
				request.getPath().value(), allowed.toSeconds());
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"Karvon could not answer within " + allowed.toSeconds() + " s; retry in a few seconds (a re-sent event with the same id is stored once).",
				null, List.of());
	}

}
