package org.karvon.journal.evidence;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationKind;

/**
 * One entry of the record's declaration chain (registration, amendment, cancellation, grant) with every field
 * its hash covers, and where it is in the transparency log: {@code logIndex} (null until sequenced) and
 * {@code inclusionProof}, the RFC 9162 path (base64 hashes) to the root of the bundle's checkpoint.
 *
 * @param declaration the canonical declaration text (REGISTERED and AMENDED only, null otherwise)
 */
public record EvidenceDeclaration(String consignmentNumber, int seq, int version, String kind, String postCode,
		String declaration, String declarationHash, String prevHash, String hash, String at, Long logIndex,
		List<String> inclusionProof) {

	public static EvidenceDeclaration of(DeclarationEntry entry, Long logIndex, List<byte[]> inclusionProof) {
		return new EvidenceDeclaration(entry.consignmentNumber(), entry.seq(), entry.version(), entry.kind().name(),
				entry.postCode(), entry.declaration().orElse(null), entry.declarationHash(), entry.prevHash(),
				entry.hash(), entry.at().toString(), logIndex, inclusionProof == null ? null
						: inclusionProof.stream().map((hash) -> Base64.getEncoder().encodeToString(hash)).toList());
	}

	public DeclarationEntry toEntry() {
		return new DeclarationEntry(consignmentNumber, seq, version, DeclarationKind.valueOf(kind), postCode,
				Optional.ofNullable(declaration), declarationHash, prevHash, hash, Instant.parse(at));
	}

}
