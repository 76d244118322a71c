package org.karvon.journal.web;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.karvon.journal.application.ExpectedArrivalsFeed;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** However many officers watch, a change is read from the database once and pushed to all of them. */
@IntegrationTest
class ExpectedArrivalsPushIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ExpectedArrivalsFeed feed;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Test
	void readsEachChangeOnceForEverySubscriber() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		List<Mono<ServerSentEvent<String>>> pushes = List.of("KZZHZ", "KZKOR", "KZALA", "KZZHZ").stream()
			.map((post) -> firstPushOf(number, api.officerAt(post), post).cache())
			.toList();
		pushes.forEach(Mono::subscribe);
		Eventually.holds(() -> feed.subscribers() >= pushes.size());
		double before = lookups();

		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());

		assertThat(Flux.merge(pushes).collectList().block(Duration.ofSeconds(20))).hasSize(pushes.size());
		assertThat(lookups() - before).isEqualTo(1.0);
	}

	private Mono<ServerSentEvent<String>> firstPushOf(String number, String token, String post) {
		return WebClient.create("http://localhost:" + port)
			.get()
			.uri("/api/posts/{code}/expected/stream", post)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.filter((event) -> "expected".equals(event.event()) && number.equals(event.id()))
			.next();
	}

	private double lookups() {
		return meters.get("karvon.expected.lookups").counter().count();
	}

}
