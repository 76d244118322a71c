package org.karvon.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of our own in a temporary directory, for tests that crash or stop the
 * database: the shared server on 127.0.0.1:5432 is never touched. As root the cluster runs as
 * {@code postgres} (PostgreSQL refuses root); otherwise as the current user. {@link #close()}
 * stops it and deletes every file, so call it from {@code @AfterAll} even when a test failed.
 */
final class ThrowawayCluster implements AutoCloseable {

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

	private final Path bin;

	private final Path dir;

	private final Path data;

	private final int port;

	private boolean running;

	private ThrowawayCluster(Path bin, Path dir) throws IOException {
		this.bin = bin;
		this.dir = dir;
		this.data = dir.resolve("data");
		this.port = freePort();
	}

	/** Creates the cluster with initdb, starts it and adds the database {@code karvon}. */
	static ThrowawayCluster create() throws IOException {
		Path dir = Files.createTempDirectory("karvon-pg-");
		if (runningAsRoot()) {
			UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
		}
		ThrowawayCluster cluster = new ThrowawayCluster(postgresBin(), dir);
		try {
			cluster.run("initdb", "-D", cluster.data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
			cluster.start();
			cluster.createDatabase("karvon");
			return cluster;
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	/** {@code psql}-style URL of the database {@code karvon}, as {@code KARVON_DB_URL} takes it. */
	String url() {
		return "postgresql://postgres@127.0.0.1:" + port + "/karvon";
	}

	void start() {
		run("pg_ctl", "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(), "-o",
				"-p " + port + " -k " + dir, "-w", "-t", "60", "start");
		running = true;
	}

	/** Stops PostgreSQL the way a power cut would: no checkpoint, crash recovery on the next start. */
	void crash() {
		run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop");
		running = false;
	}

	@Override
	public void close() {
		try {
			if (running) {
				crash();
			}
		}
		catch (RuntimeException ex) {
			System.err.println("Throwaway cluster did not stop: " + ex.getMessage());
		}
		finally {
			deleteRecursively(dir);
		}
	}

	private void createDatabase(String name) {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + name + ": " + ex.getMessage(), ex);
		}
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (runningAsRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		Path output = dir.resolve("commands.log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
				.start();
			if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not finish within " + COMMAND_TIMEOUT + tail(output));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(program + " failed with exit code " + process.exitValue() + tail(output));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(program + " was interrupted", ex);
		}
	}

	/** The newest {@code /usr/lib/postgresql/<version>/bin} that has initdb. */
	private static Path postgresBin() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("No PostgreSQL server binaries under " + root);
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((candidate) -> Files.isExecutable(candidate.resolve("initdb")))
				.max(Comparator.comparingInt(ThrowawayCluster::majorVersion))
				.orElseThrow(() -> new IllegalStateException("No initdb under " + root + "/*/bin"));
		}
	}

	private static int majorVersion(Path bin) {
		String name = bin.getParent().getFileName().toString();
		return name.matches("\\d+") ? Integer.parseInt(name) : 0;
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("Could not delete " + dir + ": " + ex.getMessage());
		}
	}

}
