package org.karvon.consignment.web;

import java.time.Instant;

import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.persistence.DeclarationVersions;

/**
 * One entry of a record's declaration chain as clients see it; {@code post} only for a GRANTED entry.
 * {@code at} is the instant the hash covers (milliseconds).
 */
record VersionEntryView(int seq, int version, String kind, String declarationHash, Instant at, String post,
		String hash, String prevHash, Long logIndex) {

	static VersionEntryView of(DeclarationVersions.Logged logged) {
		DeclarationEntry e = logged.entry();
		return new VersionEntryView(e.seq(), e.version(), e.kind().name(), e.declarationHash(), e.at(),
				e.postCode().isEmpty() ? null : e.postCode(), e.hash(), e.prevHash(), logged.logIndex());
	}

}
