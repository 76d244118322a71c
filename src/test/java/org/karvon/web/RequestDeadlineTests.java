package org.karvon.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDeadlineTests {

	static final Duration DEADLINE = Duration.ofMillis(200);

	final RequestDeadline deadline = new RequestDeadline(DEADLINE, DataSize.ofKilobytes(16), DataSize.ofMegabytes(8));

	static final WebFilterChain HANDLER_THAT_NEVER_ANSWERS = (exchange) -> Mono.never();

	@Test
	void refusesWith503AHandlerThatNeverAnswers() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/trust/keys"));

		StepVerifier.create(deadline.filter(exchange, HANDLER_THAT_NEVER_ANSWERS))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ApiException.class);
				assertThat(((ApiException) error).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(error.getMessage()).contains("retry");
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void passesAnAnswerWithinTheDeadlineThrough() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/trust/keys"));

		StepVerifier.create(deadline.filter(exchange, (ex) -> Mono.delay(Duration.ofMillis(10)).then()))
			.verifyComplete();
	}

	@Test
	void neverCutsAResponseAlreadyUnderWay() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/consignments/x/evidence"));
		WebFilterChain slowDownload = (ex) -> ex.getResponse()
			.setComplete()
			.then(Mono.delay(DEADLINE.multipliedBy(3)))
			.then();

		StepVerifier.create(deadline.filter(exchange, slowDownload)).verifyComplete();
	}

	@Test
	void leavesServerSentEventStreamsAlone() {
		var exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/expected-arrivals/stream").accept(MediaType.TEXT_EVENT_STREAM));

		StepVerifier.create(deadline.filter(exchange, HANDLER_THAT_NEVER_ANSWERS))
			.expectSubscription()
			.expectNoEvent(DEADLINE.multipliedBy(3))
			.thenCancel()
			.verify();
	}

	@Test
	void givesABodyTheTimeItsDeclaredLengthTakesOnTheSlowestLink() {
		var photo = MockServerHttpRequest.post("/api/scan/photo").contentLength(DataSize.ofMegabytes(8).toBytes()).build();
		var event = MockServerHttpRequest.post("/api/consignments/x/events").contentLength(300).build();

		assertThat(deadline.uploadAllowance(photo)).isEqualTo(Duration.ofSeconds(512));
		assertThat(deadline.uploadAllowance(event)).isEqualTo(Duration.ofSeconds(1));
		assertThat(deadline.uploadAllowance(MockServerHttpRequest.get("/").build())).isZero();
	}

}
