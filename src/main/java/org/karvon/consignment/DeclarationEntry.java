package org.karvon.consignment;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored entry of a record's declaration chain, as {@link DeclarationChain} hashes it.
 * {@code declaration} is the canonical declaration text for REGISTERED and AMENDED entries; other kinds
 * repeat the {@code declarationHash} of the version they concern. {@code postCode} is empty except for
 * GRANTED entries.
 */
public record DeclarationEntry(String consignmentNumber, int seq, int version, DeclarationKind kind, String postCode,
		Optional<String> declaration, String declarationHash, String prevHash, String hash, Instant at) {

	/** An entry whose hashes are computed here, linked after {@code prevHash}: what an honest append stores. */
	public static DeclarationEntry chain(String consignmentNumber, int seq, int version, DeclarationKind kind,
			String postCode, String declarationHash, Optional<String> declaration, String prevHash, Instant at) {
		String declared = declaration.map(DeclarationChain::declarationHash).orElse(declarationHash);
		DeclarationEntry unhashed = new DeclarationEntry(consignmentNumber, seq, version, kind, postCode, declaration,
				declared, prevHash, "", at);
		return new DeclarationEntry(consignmentNumber, seq, version, kind, postCode, declaration, declared, prevHash,
				DeclarationChain.hash(unhashed), at);
	}

}
