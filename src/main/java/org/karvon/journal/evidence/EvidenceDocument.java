package org.karvon.journal.evidence;

import java.util.List;

/**
 * What an evidence bundle attests (the signed payload): the record as it stood, the journal's
 * length and head hash, and every event in order.
 *
 * @param format always {@value #FORMAT}
 * @param generatedAt when the bundle was made (ISO-8601)
 * @param number the consignment number
 * @param consignment the record as the API shows it
 * @param journalLength number of events the record says its journal has
 * @param journalHead hash of the last event the record points at
 * @param events the journal, oldest first
 */
public record EvidenceDocument(String format, String generatedAt, String number, Object consignment,
		long journalLength, String journalHead, List<EvidenceEvent> events) {

	public static final String FORMAT = "karvon-evidence-v1";

}
