package org.karvon.journal.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an evidence bundle attests (the signed payload): the record as it stood, the journal's
 * length and head hash, every event and every declaration entry in order with its log index and inclusion
 * proof, the latest witness-cosigned checkpoint of the transparency log, and the SHA-256 of the bundle's
 * embedded JWKS. Format {@value #FORMAT}; {@value #FORMAT_V2} (no declarations, signed by a QR key) is still
 * read.
 *
 * @param format always {@value #FORMAT}
 * @param generatedAt when the bundle was made (ISO-8601)
 * @param number the consignment number
 * @param consignment the record as the API shows it
 * @param journalLength number of events the record says its journal has
 * @param journalHead hash of the last event the record points at
 * @param events the journal, oldest first
 * @param declarations the declaration chain, oldest first (absent in {@value #FORMAT_V2})
 * @param checkpoint the cosigned checkpoint note the inclusion proofs lead to (null before the first)
 * @param jwksSha256 hex SHA-256 of the bundle's {@code jwks} member as written (compact JSON)
 */
public record EvidenceDocument(String format, String generatedAt, String number, Object consignment,
		long journalLength, String journalHead, List<EvidenceEvent> events, List<EvidenceDeclaration> declarations, String checkpoint, String jwksSha256) {

	public static final String FORMAT = "karvon-evidence-v3";

	public static final String FORMAT_V2 = "karvon-evidence-v2";

	public static String digest(String json) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
