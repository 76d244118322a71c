package org.karvon.transparency.witness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.karvon.transparency.VerifierKey;

/**
 * A witness as operators run it, {@code karvon witness …}, in a JVM of its own started from the test
 * classpath through Karvon's main class. Output goes to {@code target/witness-<port>.log}.
 */
public final class WitnessProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final VerifierKey key;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private WitnessProcess(Process process, int port, VerifierKey key) {
		this.process = process;
		this.port = port;
		this.key = key;
	}

	public static WitnessProcess start(Path state, VerifierKey logKey) throws IOException {
		return start(state, logKey, freePort());
	}

	/** On a port chosen beforehand (Karvon is configured with the witness's URL before the witness starts). */
	public static WitnessProcess start(Path state, VerifierKey logKey, int port) throws IOException {
		Path log = Path.of("target", "witness-" + port + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				"org.karvon.KarvonApplication", "witness", "--port", Integer.toString(port), "--state", state.toString(),
				"--log-key", logKey.toString(), "--name", "witness.test"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new WitnessProcess(process, port, VerifierKey.parse(firstLine(process, log)));
	}

	private static String firstLine(Process process, Path log) throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String output = Files.readString(log);
			if (output.contains("\n")) {
				return output.substring(0, output.indexOf('\n'));
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("the witness exited with " + process.exitValue() + ": " + output);
			}
			sleep(50);
		}
		throw new IllegalStateException("the witness printed no key within 60 s; see " + log);
	}

	public VerifierKey key() {
		return key;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> addCheckpoint(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/add-checkpoint"))
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(20, TimeUnit.SECONDS);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
