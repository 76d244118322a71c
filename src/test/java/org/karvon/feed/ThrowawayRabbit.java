package org.karvon.feed;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A RabbitMQ node of our own, for tests that stop the broker: its own name, ports, data and logs in a
 * temporary directory, no management plugin. The shared node on 127.0.0.1:5672 is never touched.
 * {@link #close()} stops the node and deletes its files, so call it even when a test failed.
 */
public final class ThrowawayRabbit implements AutoCloseable {

	private static final Path BIN = Path.of("/usr/lib/rabbitmq/bin");

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final Path dir;

	private final String node = "karvon-test-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost";

	private final int port;

	private final int distPort;

	private Process server;

	private ThrowawayRabbit(Path dir) throws IOException {
		this.dir = dir;
		this.port = freePort();
		this.distPort = freePort();
		Files.writeString(dir.resolve("enabled_plugins"), "[].");
		Files.writeString(dir.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\n");
		Files.writeString(dir.resolve("rabbitmq-env.conf"), "");
	}

	/** Starts a fresh node and waits until it accepts connections. */
	public static ThrowawayRabbit start() throws IOException {
		ThrowawayRabbit rabbit = new ThrowawayRabbit(Files.createTempDirectory("karvon-rabbit-"));
		try {
			rabbit.startNode();
			return rabbit;
		}
		catch (IOException | RuntimeException ex) {
			rabbit.close();
			throw ex;
		}
	}

	public String url() {
		return "amqp://guest:guest@127.0.0.1:" + port + "/%2f";
	}

	/** Starts the stopped node again, with its data: durable queues and persistent messages survive. */
	public void startNode() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(BIN.resolve("rabbitmq-server").toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile()));
		builder.environment().putAll(environment());
		server = builder.start();
		ctl(STARTUP, "await_startup", "--timeout", Long.toString(STARTUP.toSeconds()));
	}

	/** Stops the node (rabbitmqctl stop) and waits until it is gone. */
	public void stopNode() {
		ctl(Duration.ofMinutes(2), "stop");
		if (server != null) {
			try {
				server.waitFor(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void ctl(Duration timeout, String... command) {
		List<String> line = new ArrayList<>(List.of(BIN.resolve("rabbitmqctl").toString(), "-n", node));
		line.addAll(List.of(command));
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			int exit = run(line);
			if (exit == 0) {
				return;
			}
			if (System.nanoTime() > deadline || (server != null && !server.isAlive() && !"stop".equals(command[0]))) {
				throw new IllegalStateException("rabbitmqctl " + String.join(" ", command) + " exited " + exit
						+ "; see " + dir.resolve("server.out"));
			}
			sleep(Duration.ofSeconds(1));
		}
	}

	private int run(List<String> line) {
		try {
			ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ctl.out").toFile()));
			builder.environment().putAll(environment());
			Process ctl = builder.start();
			if (!ctl.waitFor(3, TimeUnit.MINUTES)) {
				ctl.destroyForcibly();
				return -1;
			}
			return ctl.exitValue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The node's own settings; HOME keeps its Erlang cookie apart from the shared node's. */
	private Map<String, String> environment() {
		return Map.of("HOME", dir.toString(), "RABBITMQ_NODENAME", node, "RABBITMQ_DIST_PORT", Integer.toString(distPort),
				"RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString(), "RABBITMQ_LOG_BASE",
				dir.resolve("log").toString(), "RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString(),
				"RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString(), "RABBITMQ_CONF_ENV_FILE",
				dir.resolve("rabbitmq-env.conf").toString());
	}

	@Override
	public void close() {
		try {
			if (server != null && server.isAlive()) {
				stopNode();
			}
		}
		catch (RuntimeException ex) {
			server.descendants().forEach(ProcessHandle::destroyForcibly);
			server.destroyForcibly();
		}
		finally {
			deleteQuietly();
		}
	}

	private void deleteQuietly() {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
