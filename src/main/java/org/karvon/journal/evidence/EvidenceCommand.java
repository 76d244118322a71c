package org.karvon.journal.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.karvon.transparency.VerifierKey;

/**
 * {@code java -jar karvon.jar verify-evidence FILE [--jwks KEYS.json] [--log-key K] [--witness-key W]… [--quorum N]}:
 * verifies an evidence bundle offline. Exit codes: {@value #WITNESSED} valid, and a quorum of the given witnesses
 * cosigned a checkpoint that includes every event; {@value #INVALID} not valid; {@value #USAGE} wrong usage;
 * {@value #SELF_CONSISTENT} valid but no witness key given, so it proves only that the operator's own data is
 * consistent; {@value #QUORUM_NOT_MET} valid, but fewer than the quorum cosigned or some events are not in the
 * checkpoint yet.
 */
public final class EvidenceCommand {

	public static final String NAME = "verify-evidence";

	public static final int WITNESSED = 0;

	public static final int INVALID = 1;

	public static final int USAGE = 2;

	public static final int SELF_CONSISTENT = 3;

	public static final int QUORUM_NOT_MET = 4;

	static final String USAGE_TEXT = "usage: java -jar karvon.jar verify-evidence FILE [--jwks KEYS.json] "
			+ "[--log-key '<log verifier key>'] [--witness-key '<witness verifier key>']… [--quorum N]";

	private EvidenceCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		String jwksFile = null;
		VerifierKey logKey = null;
		List<VerifierKey> witnesses = new ArrayList<>();
		Integer quorum = null;
		try {
			if (args.length < 2 || args.length % 2 != 0) {
				throw new IllegalArgumentException("FILE, then options with one value each");
			}
			for (int i = 2; i < args.length; i += 2) {
				switch (args[i]) {
					case "--jwks" -> jwksFile = args[i + 1];
					case "--log-key" -> logKey = VerifierKey.parse(args[i + 1]);
					case "--witness-key" -> witnesses.add(VerifierKey.parse(args[i + 1]));
					case "--quorum" -> quorum = Integer.parseInt(args[i + 1]);
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (!witnesses.isEmpty() && logKey == null) {
				throw new IllegalArgumentException("--witness-key needs --log-key");
			}
			int needed = quorum != null ? quorum : Math.min(1, witnesses.size());
			if (needed < 0 || needed > witnesses.size() || (!witnesses.isEmpty() && needed == 0)) {
				throw new IllegalArgumentException("--quorum is between 1 and the number of --witness-key");
			}
			String bundle = Files.readString(Path.of(args[1]));
			String jwks = jwksFile != null ? Files.readString(Path.of(jwksFile)) : null;
			return report(EvidenceVerifier.verify(bundle, jwks, logKey, witnesses, needed), jwks == null, out);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(USAGE_TEXT);
			return USAGE;
		}
		catch (IOException ex) {
			out.println("cannot read " + ex.getMessage());
			return USAGE;
		}
	}

	private static int report(EvidenceVerifier.Result result, boolean ownKeys, PrintStream out) {
		if (!result.valid()) {
			out.println("INVALID:");
			result.problems().forEach((problem) -> out.println("  - " + problem));
			return INVALID;
		}
		String summary = "consignment " + result.number() + ", " + result.events() + " events, " + result.declarations()
				+ " declaration entries, head " + result.head();
		if (result.witnessed()) {
			out.println("VALID: " + summary + "; every entry is in a checkpoint cosigned by " + result.witnessCosignatures()
					+ " of the given witnesses (quorum " + result.quorum() + ")");
			return WITNESSED;
		}
		if (result.quorum() == 0) {
			out.println("SELF-CONSISTENT ONLY: " + summary);
			out.println("No witness key was given: this proves only that the bundle agrees with itself and with keys the "
					+ "operator controls" + (ownKeys ? " (even the JWKS is the bundle's own)" : "")
					+ ". Whoever runs Karvon could have rewritten it. Pass --log-key and --witness-key keys obtained from "
					+ "the witnesses themselves.");
			return SELF_CONSISTENT;
		}
		out.println("QUORUM NOT MET: " + summary + "; " + result.witnessCosignatures() + " of the given witnesses cosigned "
				+ "(quorum " + result.quorum() + ")" + (result.uncoveredEvents() > 0
						? ", and " + result.uncoveredEvents() + " entries are not in the checkpoint yet (fetch the evidence "
								+ "again after the next checkpoint)"
						: ""));
		return QUORUM_NOT_MET;
	}

}
