package org.karvon.journal.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karvon.KarvonApplication;
import org.karvon.database.KarvonDatabase;
import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Two Karvon instances share one database: an exit recorded on one is pushed by the other. */
@IntegrationTest
class ExpectedArrivalsAcrossInstancesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	ConfigurableApplicationContext secondInstance;

	@AfterEach
	void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void theOtherInstanceStreamsTheExit() {
		var endpoint = database.endpoint();
		// command-line arguments: they outrank application.properties, as an operator's settings would
		secondInstance = new SpringApplicationBuilder(KarvonApplication.class).run("--server.port=0",
				"--karvon.db.url=postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database(),
				"--karvon.db.user=" + endpoint.user(), "--karvon.db.throwaway=false", "--karvon.db.pool-size=4");
		int secondPort = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();

		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		String yallama = api.officerAt("UZYAL");
		Flux<ServerSentEvent<String>> stream = WebClient.create("http://localhost:" + secondPort)
			.get()
			.uri("/api/posts/KZZHZ/expected/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(api.officerAt("KZZHZ")))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.filter((event) -> "expected".equals(event.event()) && number.equals(event.id()));

		StepVerifier.create(stream.take(1))
			.then(() -> {
				Eventually.holds(() -> secondInstance.getBean(ExpectedArrivalsListener.class).hears(1));
				api.record(yallama, number, anEvent("EXIT").build());
			})
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

}
