package org.karvon.journal.application;

import org.karvon.consignment.DeclarationVerification;

/**
 * Adds the declaration chain's verdict to the journal's: {@code declarations} counts its entries, and a
 * broken declaration chain, or a record that disagrees with it, makes the whole check invalid with its
 * reason (the journal's own reason, when it has one, comes first).
 */
final class DeclarationIntegrity {

	private DeclarationIntegrity() {
	}

	static JournalQueries.Integrity combine(JournalQueries.Integrity journal, DeclarationVerification declarations) {
		String reason = journal.reason() != null ? journal.reason() : declarations.reason().orElse(null);
		return new JournalQueries.Integrity(journal.valid() && declarations.valid(), journal.events(), journal.head(),
				journal.brokenAtSeq(), reason, journal.record(), journal.log(), declarations.entries());
	}

}
