package org.karvon.blocking;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import org.karvon.support.NoBlocking;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * BlockHound's error thrown from inside {@code lock()} would leave the thread's node queued in the
	 * lock, and every later waiter would park for good (what stopped a parallel worker in full runs).
	 */
	@Test
	void letsAParallelThreadWaitForAContendedLockAndLeavesTheLockUsable() {
		ReentrantLock lock = new ReentrantLock();
		lock.lock();
		Mono.fromRunnable(() -> {
			lock.lock();
			lock.unlock();
		})
			.subscribeOn(Schedulers.parallel())
			.as(StepVerifier::create)
			.then(() -> {
				Eventually.holds(lock::hasQueuedThreads);
				lock.unlock();
			})
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(lock.hasQueuedThreads()).as("no waiter left behind in the lock").isFalse();
		assertThat(NoBlocking.takeWaitsOtherThanLockHandovers()).isEmpty();
	}

	@Test
	void recordsALatchWaitOnAParallelThreadForTheTestToFail() {
		CountDownLatch latch = new CountDownLatch(1);
		AtomicReference<Thread> waiter = new AtomicReference<>();
		Mono.fromCallable(() -> {
			waiter.set(Thread.currentThread());
			return latch.await(5, TimeUnit.SECONDS);
		})
			.subscribeOn(Schedulers.parallel())
			.as(StepVerifier::create)
			.then(() -> {
				Eventually.holds(() -> waiter.get() != null && waiter.get().getState() == Thread.State.TIMED_WAITING);
				latch.countDown();
			})
			.expectNext(true)
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		// taken here, so this test's own afterEach does not fail on it
		assertThat(NoBlocking.takeWaitsOtherThanLockHandovers()).singleElement()
			.satisfies((wait) -> assertThat(wait.toString()).contains("CountDownLatch.await").contains("parallel-"));
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
