package org.karvon.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.karvon.support.Api;

/**
 * Karvon as operators run it, {@code java -jar target/karvon.jar}, in a process of its own so a
 * test can kill it with SIGKILL. Output goes to {@code target/<name>-<n>.log}.
 */
final class KarvonProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target", "karvon.jar");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final String name;

	private final String databaseUrl;

	private final int port;

	private final Map<String, String> environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process process;

	private Path log;

	private int starts;

	private KarvonProcess(String name, String databaseUrl, int port, Map<String, String> environment) {
		this.name = name;
		this.databaseUrl = databaseUrl;
		this.port = port;
		this.environment = Map.copyOf(environment);
	}

	/** Starts Karvon on a free port against the database and waits until it is ready. */
	static KarvonProcess start(String name, String databaseUrl) throws IOException {
		return start(name, databaseUrl, Map.of());
	}

	/** The same, with more environment variables (e.g. {@code KARVON_BROKER_URL}). */
	static KarvonProcess start(String name, String databaseUrl, Map<String, String> environment) throws IOException {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: these tests run in 'verify', after 'package'");
		}
		KarvonProcess karvon = new KarvonProcess(name, databaseUrl, ThrowawayCluster.freePort(), environment);
		karvon.restart();
		return karvon;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Starts the jar again on the same port and database, and waits until it is ready. */
	void restart() throws IOException {
		log = Path.of("target", name + "-" + (++starts) + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("KARVON_DB_URL", databaseUrl);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("KARVON_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
		builder.environment().putAll(environment);
		process = builder.start();
		awaitReady();
	}

	/** SIGKILL: no shutdown hooks, no graceful shutdown, in-flight requests cut off. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Karvon did not die within 30 s of SIGKILL");
		}
	}

	/** The HTTP status of {@code /actuator/health/readiness}, or -1 when Karvon does not answer. */
	int readiness() {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private void awaitReady() throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Karvon exited with " + process.exitValue() + "; see " + log);
			}
			if (readiness() == 200) {
				return;
			}
			sleep(Duration.ofMillis(250));
		}
		// never leave a process behind that no test holds any more
		process.destroyForcibly();
		throw new IllegalStateException("Karvon was not ready within " + START_TIMEOUT + "; see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
