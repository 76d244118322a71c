package org.karvon.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound before the first application context starts, so a blocking call on an event
 * loop or a parallel scheduler thread fails the request (and the test) instead of stalling a server.
 * Needs {@code -XX:+AllowRedefinitionToAddDeleteMethods} on JDK 13+ (set in surefire's argLine).
 */
public final class NoBlocking implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		install();
	}

	/** Idempotent: the first call installs, the rest return at once. */
	public static void install() {
		Installed.touch();
	}

	private static final class Installed {

		static {
			BlockHound.install((builder) -> builder
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
