package org.karvon.transparency.witness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.karvon.transparency.VerifierKey;

/**
 * {@code java -jar karvon.jar witness --port P --state DIR --log-key KEY [--log-key KEY…] [--name NAME]}: runs
 * a witness until killed. The first line of output is its verifier key; each {@code --log-key} is a log's note
 * verifier key, and that key's name is the log's origin. Exit code 2 on wrong usage.
 */
public final class WitnessCommand {

	public static final String NAME = "witness";

	static final String USAGE = "usage: java -jar karvon.jar witness --port P --state DIR --log-key '<log verifier key>' "
			+ "[--log-key …] [--name NAME]";

	private WitnessCommand() {
	}

	/** Starts the witness and returns 0 while it keeps serving on its own threads, or 2 on wrong usage. */
	public static int run(String[] args, PrintStream out) {
		Integer port = null;
		Path state = null;
		String name = "karvon-witness";
		Map<String, VerifierKey> logs = new HashMap<>();
		try {
			for (int i = 1; i < args.length; i += 2) {
				String value = i + 1 < args.length ? args[i + 1] : null;
				switch (value == null ? "" : args[i]) {
					case "--port" -> port = Integer.parseInt(value);
					case "--state" -> state = Path.of(value);
					case "--name" -> name = value;
					case "--log-key" -> {
						VerifierKey key = VerifierKey.parse(value);
						logs.put(key.name(), key);
					}
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (port == null || state == null || logs.isEmpty()) {
				throw new IllegalArgumentException("--port, --state and --log-key are required");
			}
			WitnessState files = new WitnessState(state);
			Witness witness = new Witness(files.keyOrGenerate(name), logs, files, Clock.systemUTC());
			WitnessServer.start(witness, port);
			out.println(witness.verifierKey());
			out.flush();
			return 0;
		}
		catch (IllegalArgumentException | IOException ex) {
			out.println(ex.getMessage());
			out.println(USAGE);
			return 2;
		}
	}

}
