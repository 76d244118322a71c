package org.karvon.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Karvon is killed with SIGKILL while officers append events: nothing acknowledged is lost. */
class KarvonCrashIT {

	static ClusterFixture fixture;

	@BeforeAll
	static void start() throws Exception {
		fixture = ClusterFixture.start("karvon-crash");
	}

	@AfterAll
	static void stop() throws Exception {
		if (fixture != null) {
			fixture.close();
		}
	}

	@Test
	void keepsEveryAcknowledgedEventThroughSigkill() throws Exception {
		TransitFleet fleet = TransitFleet.inTransit(fixture.api(), 4);
		List<String> numbers = fleet.numbers();
		EventLoad load = new EventLoad(fixture.karvon.baseUrl(), fleet, 16);
		var done = load.start(100_000, 16, (n) -> numbers.get(n % numbers.size()));
		load.awaitAcknowledged(200, Duration.ofMinutes(2));
		load.stop();
		fixture.karvon.kill();
		done.get(1, TimeUnit.MINUTES);

		fixture.karvon.restart();
		var outcome = new JournalAudit(fixture.api(), fleet.carrier()).assertRecovered(numbers, load);
		System.out.println("SIGKILL under load: " + outcome);
		assertThat(outcome.acknowledged()).isGreaterThanOrEqualTo(200);
	}

}
