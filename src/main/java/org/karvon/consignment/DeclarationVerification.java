package org.karvon.consignment;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of checking a record's declaration chain: how many entries, the head hash and, when
 * broken, the first entry that does not fit (or none, when the record itself disagrees) and why.
 */
public record DeclarationVerification(boolean valid, int entries, String head, OptionalInt brokenAtSeq,
		Optional<String> reason) {

	static DeclarationVerification intact(int entries, String head) {
		return new DeclarationVerification(true, entries, head, OptionalInt.empty(), Optional.empty());
	}

	static DeclarationVerification broken(int entries, String head, int seq, String reason) {
		return new DeclarationVerification(false, entries, head, OptionalInt.of(seq), Optional.of(reason));
	}

	static DeclarationVerification disagrees(int entries, String head, String reason) {
		return new DeclarationVerification(false, entries, head, OptionalInt.empty(), Optional.of(reason));
	}

}
