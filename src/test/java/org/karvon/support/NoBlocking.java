package org.karvon.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingMethod;
import reactor.blockhound.BlockingOperationError;

/**
 * Installs BlockHound before the first application context starts, so a blocking call on an event
 * loop or a parallel scheduler thread fails the request (and the test) instead of stalling a server.
 * Needs {@code -XX:+AllowRedefinitionToAddDeleteMethods} on JDK 13+ (set in surefire's argLine).
 * <p>
 * A wait inside a {@code java.util.concurrent.locks} synchronizer is never answered with an error:
 * the JDK's AbstractQueuedSynchronizer does not take a thread's node out of its queue when park throws,
 * so the lock is left with a waiter that will never take it, and every later waiter parks for good.
 * That is what stalled whole test runs: a stream's cancel raced the parallel scheduler for its queue's
 * lock, BlockHound's error left the node behind, and from then on one parallel worker (every delay,
 * interval and timeout scheduled on it) never ran again. Such waits are recorded instead: a short lock
 * handover is printed; any other wait (a latch, a condition, a future) fails the test after it ends.
 */
public final class NoBlocking implements BeforeAllCallback, AfterEachCallback {

	private static final Queue<Wait> WAITS = new ConcurrentLinkedQueue<>();

	/** Methods of java.util.concurrent.locks that wait to take a lock (not for a condition). */
	private static final Set<String> LOCKING = Set.of("lock", "lockInterruptibly", "tryLock",
			"writeLock", "readLock", "acquireWrite", "acquireRead");

	@Override
	public void beforeAll(ExtensionContext context) {
		install();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<Wait> unexpected = takeWaitsOtherThanLockHandovers();
		if (!unexpected.isEmpty()) {
			throw new AssertionError("Blocking waits on non-blocking threads during " + context.getDisplayName()
					+ ":\n" + String.join("\n", unexpected.stream().map(Wait::toString).toList()));
		}
	}

	/**
	 * The waits inside synchronizers recorded since the last call, other than a lock handed over
	 * (those are printed and dropped).
	 */
	public static List<Wait> takeWaitsOtherThanLockHandovers() {
		List<Wait> unexpected = new ArrayList<>();
		for (Wait wait = WAITS.poll(); wait != null; wait = WAITS.poll()) {
			if (wait.lockHandover()) {
				System.out.println("BlockHound: a lock handover on a non-blocking thread (recorded, not failed): " + wait);
			}
			else {
				unexpected.add(wait);
			}
		}
		return unexpected;
	}

	/** A park inside a synchronizer on a non-blocking thread: which thread, and the frames that led to it. */
	public record Wait(String thread, BlockingMethod method, List<StackWalker.StackFrame> frames) {

		/** Waiting to take a lock (not for a condition, a latch or a future): a handover, as short as the holder. */
		boolean lockHandover() {
			boolean locking = frames.stream().anyMatch((f) -> f.getClassName().startsWith("java.util.concurrent.locks.")
					&& LOCKING.contains(f.getMethodName()));
			boolean awaiting = frames.stream().anyMatch((f) -> f.getMethodName().startsWith("await"));
			return locking && !awaiting;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(method + " on " + thread);
			frames.stream().limit(24).forEach((frame) -> text.append("\n\tat ").append(frame));
			return text.toString();
		}

	}

	static void onBlockingCall(BlockingMethod method) {
		List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk((stack) -> stack.toList());
		// AbstractQueuedSynchronizer (ReentrantLock, latches, conditions) and StampedLock alike
		boolean insideSynchronizer = frames.stream()
			.anyMatch((frame) -> frame.getClassName().startsWith("java.util.concurrent.locks.")
					&& !frame.getClassName().equals("java.util.concurrent.locks.LockSupport"));
		// an idle pool thread waiting for work: BlockHound reports it when the thread entered its wait
		// before BlockHound was installed (a unit test ran the scheduler first), so the allowance is not set
		boolean idleWorker = frames.stream().anyMatch((frame) -> frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
				&& frame.getMethodName().equals("getTask"));
		if (idleWorker) {
			return;
		}
		if (insideSynchronizer) {
			WAITS.add(new Wait(Thread.currentThread().getName(), method, frames));
			return;
		}
		throw new BlockingOperationError(method);
	}

	/** Idempotent: the first call installs, the rest return at once. */
	public static void install() {
		Installed.touch();
	}

	private static final class Installed {

		static {
			BlockHound.install((builder) -> builder
				.blockingMethodCallback(NoBlocking::onBlockingCall)
				// cancelling a periodic task (an interval's heartbeat) takes the scheduler queue's lock, as
				// Reactor's own integration allows for one-off tasks (WorkerTask.dispose) but not for these
				.allowBlockingCallsInside("java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue", "remove")
				// UUID.randomUUID() and SecureRandom read /dev/urandom, which never blocks once the kernel
				// pool is seeded (at boot); BlockHound sees only a FileInputStream read.
				.allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes")
				// Netty's adaptive buffer pool takes a StampedLock for a few instructions when it grows or
				// frees a magazine; it is Netty's own event-loop allocator, not I/O.
				.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
				.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
				// Hibernate Validator reads its message bundle from its jar once per locale, on the first
				// failed @Valid; resource loading, cached afterwards
				.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
						"loadBundle")
				// Static files (Swagger UI's webjar, the web app in the packaged jar) come from jar entries:
				// Spring WebFlux checks and reads classpath resources with plain zip reads, which are
				// page-cache copies of the application's own jar, not network or disk waits on a hot path
				.allowBlockingCallsInside("org.springframework.web.reactive.resource.PathResourceResolver", "getResource")
				// Jackson builds a type's deserializer once, under a short lock; two first requests at once wait on it
				.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
				.allowBlockingCallsInside("org.springframework.core.io.buffer.DataBufferUtils$ReadableByteChannelGenerator",
						"accept"));
		}

		static void touch() {
		}

	}

}
