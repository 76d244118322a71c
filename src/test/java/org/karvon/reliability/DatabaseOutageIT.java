package org.karvon.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.Eventually;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.EventRequestBuilder.anInspection;

/**
 * PostgreSQL goes away under a running Karvon, which is never restarted: stopped with {@code -m
 * immediate} (no checkpoint: a power cut for the database) under write load, nothing acknowledged
 * is lost; while it is down every request that needs it fails fast with 503 problem+json and
 * readiness says DOWN; when it is back Karvon serves again by itself. Both share one cluster.
 */
class DatabaseOutageIT {

	static final Duration FAIL_FAST = Duration.ofSeconds(10);

	static final Duration RECOVERY = Duration.ofSeconds(30);

	static ClusterFixture fixture;

	@BeforeAll
	static void start() throws Exception {
		fixture = ClusterFixture.start("database-outage");
	}

	@AfterAll
	static void stop() throws Exception {
		if (fixture != null) {
			fixture.close();
		}
	}

	@Test
	void keepsEveryAcknowledgedEventThroughDatabaseCrash() throws Exception {
		TransitFleet fleet = TransitFleet.inTransit(fixture.api(), 4);
		List<String> numbers = fleet.numbers();
		EventLoad load = new EventLoad(fixture.karvon.baseUrl(), fleet, 16);
		var done = load.start(100_000, 16, (n) -> numbers.get(n % numbers.size()));
		load.awaitAcknowledged(150, Duration.ofMinutes(2));
		fixture.cluster.crash();
		KarvonProcess.sleep(Duration.ofSeconds(2));
		fixture.cluster.start();
		load.awaitAcknowledged(load.acknowledged() + 150, Duration.ofMinutes(1));
		load.stop();
		done.get(1, TimeUnit.MINUTES);

		Map<Integer, Long> statuses = load.sent()
			.stream()
			.collect(Collectors.groupingBy(EventLoad.Sent::status, Collectors.counting()));
		System.out.println("PostgreSQL crash under load, statuses: " + statuses);
		assertThat(statuses.keySet()).as("only stored or 'retry later' (no answer: %s)", load.failures())
			.isSubsetOf(201, 503);
		var outcome = new JournalAudit(fixture.api(), fleet.carrier()).assertRecovered(numbers, load);
		System.out.println("PostgreSQL crash under load: " + outcome);
	}

	@Test
	void answers503WhileDatabaseIsDownAndRecoversByItself() {
		Api api = fixture.api();
		TransitFleet fleet = TransitFleet.inTransit(api, 1);
		String number = fleet.numbers().get(0);
		fixture.cluster.crash();
		try {
			for (int round = 0; round < 3; round++) {
				assertFailsFast("read", () -> api.get(fleet.carrier(), "/api/consignments/{n}", number));
				assertFailsFast("append", () -> api.post(fleet.officer(0), "/api/consignments/{n}/events",
						anInspection("NO_FINDINGS").build(), number));
				assertFailsFast("login", () -> api.client().post().uri("/api/auth/token")
					.bodyValue(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)).exchange());
			}
			// readiness answers from a check at most a second old (CachedHealth)
			Eventually.holds(Duration.ofSeconds(5), () -> fixture.karvon.readiness() == 503);
			api.client().get().uri("/actuator/health/readiness").exchange()
				.expectBody().jsonPath("$.status").isEqualTo("DOWN");
		}
		finally {
			fixture.cluster.start();
		}
		long back = System.nanoTime();
		awaitStatus(() -> api.get(fleet.carrier(), "/api/consignments/{n}", number), 200);
		System.out.printf("served again %d ms after PostgreSQL was back%n", millisSince(back));
		awaitStatus(() -> api.post(fleet.officer(0), "/api/consignments/{n}/events", anInspection("NO_FINDINGS").build(),
				number), 201);
		Eventually.holds(Duration.ofSeconds(5), () -> fixture.karvon.readiness() == 200);
	}

	private static void assertFailsFast(String what, Supplier<WebTestClient.ResponseSpec> request) {
		long started = System.nanoTime();
		WebTestClient.ResponseSpec response = request.get();
		long millis = millisSince(started);
		System.out.printf("%s while PostgreSQL is down: answered in %d ms%n", what, millis);
		response.expectStatus().isEqualTo(503).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Duration.ofMillis(millis)).as("%s answered", what).isLessThan(FAIL_FAST);
	}

	private static void awaitStatus(Supplier<WebTestClient.ResponseSpec> request, int expected) {
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		int status = -1;
		while (System.nanoTime() < deadline) {
			status = request.get().returnResult(Void.class).getStatus().value();
			if (status == expected) {
				return;
			}
			KarvonProcess.sleep(Duration.ofMillis(250));
		}
		throw new AssertionError("still " + status + " " + RECOVERY + " after PostgreSQL came back");
	}

	private static long millisSince(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
	}

}
