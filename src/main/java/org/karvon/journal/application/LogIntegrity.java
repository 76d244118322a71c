package org.karvon.journal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.karvon.transparency.application.LogAudit;

/**
 * A journal's place in the transparency log, as {@code /integrity} reports it: how many of its events are
 * sequenced, the witnessed checkpoint they were checked against (size, and how many configured witnesses
 * cosigned it), every problem found, and the latest witness refusals of the log (a refusal is never hidden:
 * while one stands, no record of the log is reported valid).
 */
public record LogIntegrity(boolean valid, int sequenced, Long checkpointSize, int witnesses, List<String> problems,
		List<Refusal> witnessRefusals) {

	static LogIntegrity of(LogAudit.Audit audit) {
		List<String> problems = new ArrayList<>(audit.problems());
		List<Refusal> refusals = audit.refusals().stream()
			.map((r) -> new Refusal(r.witness(), r.size(), r.status(), r.reason(), r.at()))
			.toList();
		refusals.forEach((r) -> problems.add("witness " + r.witness() + " refused the checkpoint of size " + r.size()
				+ " (" + r.status() + "): " + r.reason()));
		return new LogIntegrity(problems.isEmpty(), audit.indexes().size(),
				audit.checkpoint().map(LogAudit.Witnessed::size).orElse(null),
				audit.checkpoint().map(LogAudit.Witnessed::witnesses).orElse(0), problems, refusals);
	}

	String reason() {
		return problems.isEmpty() ? null : problems.get(0);
	}

	/** A witness that did not cosign a checkpoint, and why. */
	public record Refusal(String witness, long size, int status, String reason, Instant at) {
	}

}
