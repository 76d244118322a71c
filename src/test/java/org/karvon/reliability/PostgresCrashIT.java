package org.karvon.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops with {@code -m immediate} (no checkpoint: a power cut for the database) while
 * officers append events, and starts again. Karvon keeps running and recovers by itself.
 */
class PostgresCrashIT {

	static ClusterFixture fixture;

	@BeforeAll
	static void start() throws Exception {
		fixture = ClusterFixture.start("postgres-crash");
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
		assertThat(statuses.keySet()).as("only stored or 'retry later'").isSubsetOf(201, 503);
		var outcome = new JournalAudit(fixture.api(), fleet.carrier()).assertRecovered(numbers, load);
		System.out.println("PostgreSQL crash under load: " + outcome);
	}

}
