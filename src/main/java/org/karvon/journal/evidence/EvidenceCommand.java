package org.karvon.journal.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar karvon.jar verify-evidence FILE [--jwks KEYS.json]}: verifies an evidence bundle
 * offline. Exit code 0 when it verifies, 1 when it does not, 2 on wrong usage.
 */
public final class EvidenceCommand {

	public static final String NAME = "verify-evidence";

	private EvidenceCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		if (args.length != 2 && !(args.length == 4 && "--jwks".equals(args[2]))) {
			out.println("usage: java -jar karvon.jar verify-evidence FILE [--jwks KEYS.json]");
			return 2;
		}
		try {
			String bundle = Files.readString(Path.of(args[1]));
			String jwks = args.length == 4 ? Files.readString(Path.of(args[3])) : null;
			if (jwks == null) {
				out.println("note: checking against the keys inside the bundle; pass --jwks with keys obtained from "
						+ "GET /api/trust/keys to check who signed it");
			}
			EvidenceVerifier.Result result = EvidenceVerifier.verify(bundle, jwks);
			if (result.valid()) {
				out.println("VALID: consignment " + result.number() + ", " + result.events() + " events, head "
						+ result.head());
				return 0;
			}
			out.println("INVALID:");
			result.problems().forEach((problem) -> out.println("  - " + problem));
			return 1;
		}
		catch (IOException ex) {
			out.println("cannot read " + ex.getMessage());
			return 2;
		}
	}

}
