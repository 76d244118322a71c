package org.karvon.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class CachedHealthTests {

	private final AtomicInteger checks = new AtomicInteger();

	@Test
	void answersRepeatedProbesFromOneCheckWithinItsTimeToLive() {
		CachedHealth health = new CachedHealth(countingCheck(Mono.just(Health.up().build())), Duration.ofMinutes(1));

		for (int i = 0; i < 5; i++) {
			assertThat(health.health().block().getStatus()).isEqualTo(Status.UP);
		}
		assertThat(checks).hasValue(1);
	}

	@Test
	void checksAgainOnceTheAnswerIsOlderThanItsTimeToLive() throws InterruptedException {
		CachedHealth health = new CachedHealth(countingCheck(Mono.just(Health.up().build())), Duration.ofMillis(20));

		health.health().block();
		Thread.sleep(60);
		health.health().block();

		assertThat(checks).hasValue(2);
	}

	@Test
	void keepsNoFailedCheck() {
		AtomicInteger calls = new AtomicInteger();
		ReactiveHealthIndicator flaky = () -> Mono.defer(() -> calls.incrementAndGet() == 1
				? Mono.error(new IllegalStateException("connection refused")) : Mono.just(Health.up().build()));
		CachedHealth health = new CachedHealth(flaky, Duration.ofMinutes(1));

		assertThat(health.health().onErrorResume((ex) -> Mono.just(Health.down().build())).block().getStatus())
			.isEqualTo(Status.DOWN);
		assertThat(health.health().block().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void probesArrivingTogetherShareOneCheckInFlight() {
		CachedHealth health = new CachedHealth(countingCheck(Mono.delay(Duration.ofMillis(100)).map((tick) -> Health.up().build())),
				Duration.ofMinutes(1));

		Mono.zip(health.health(), health.health(), health.health()).block(Duration.ofSeconds(5));

		assertThat(checks).hasValue(1);
	}

	private ReactiveHealthIndicator countingCheck(Mono<Health> answer) {
		return () -> Mono.defer(() -> {
			checks.incrementAndGet();
			return answer;
		});
	}

}
