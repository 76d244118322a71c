package org.karvon.blocking;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.karvon.support.IntegrationTest;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The integration suite runs under BlockHound: a blocking call on a non-blocking thread fails. */
@IntegrationTest
class BlockHoundActiveIntegrationTests {

	@Test
	void refusesASleepOnAParallelThread() {
		Mono.fromRunnable(BlockHoundActiveIntegrationTests::sleep)
			.subscribeOn(Schedulers.parallel())
			.as(StepVerifier::create)
			.expectError(BlockingOperationError.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void allowsASleepOnABoundedElasticThread() {
		Mono.fromRunnable(BlockHoundActiveIntegrationTests::sleep)
			.subscribeOn(Schedulers.boundedElastic())
			.as(StepVerifier::create)
			.verifyComplete();
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
