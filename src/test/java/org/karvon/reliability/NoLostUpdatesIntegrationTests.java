package org.karvon.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 devices append 1,500 events at once, half to one hot consignment and half spread over cold
 * ones: every event is in its journal exactly once, and every journal is one chain that verifies.
 */
@IntegrationTest
class NoLostUpdatesIntegrationTests {

	static final int WRITERS = 64;

	static final int EVENTS = 1_500;

	static final int COLD = 15;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void sixtyFourWritersLoseAndDuplicateNothing() throws Exception {
		TransitFleet fleet = TransitFleet.inTransit(api, COLD + 1);
		List<String> numbers = fleet.numbers();
		EventLoad load = new EventLoad("http://localhost:" + port, fleet, WRITERS);

		long started = System.nanoTime();
		load.start(EVENTS, WRITERS, (n) -> (n % 2 == 0) ? numbers.get(0) : numbers.get(1 + (n / 2) % COLD))
			.get(5, TimeUnit.MINUTES);
		System.out.printf("%d events by %d writers in %d ms%n", EVENTS, WRITERS,
				Duration.ofNanos(System.nanoTime() - started).toMillis());

		List<EventLoad.Sent> sent = load.sent();
		assertThat(sent).hasSize(EVENTS);
		Map<Integer, Long> statuses = sent.stream()
			.collect(Collectors.groupingBy(EventLoad.Sent::status, Collectors.counting()));
		System.out.println("statuses: " + statuses);
		// A 503 (no pooled connection within the acquire timeout) is an honest refusal, not a loss:
		// the device sends the same event again, and it lands once.
		assertThat(statuses.keySet()).isSubsetOf(201, 503);
		for (EventLoad.Sent refused : sent.stream().filter((event) -> !event.acknowledged()).toList()) {
			assertThat(load.resend(refused).status()).as("re-sent %s", refused.id()).isEqualTo(201);
		}
		JournalAudit audit = new JournalAudit(api, fleet.carrier());
		for (String number : numbers) {
			Set<String> journal = audit.assertLinearAndValid(number);
			Set<String> sentHere = sent.stream()
				.filter((event) -> event.number().equals(number))
				.map(EventLoad.Sent::id)
				.collect(Collectors.toSet());
			assertThat(journal).containsAll(sentHere).hasSize(sentHere.size() + 1);
		}
	}

}
