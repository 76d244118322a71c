package org.karvon.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database into one clear sentence at start-up instead of a stack trace. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set KARVON_DB_URL=postgresql://host:5432/karvon (plus KARVON_DB_USER and KARVON_DB_PASSWORD) "
						+ "to a PostgreSQL 14 or newer server.",
				cause);
	}

}
