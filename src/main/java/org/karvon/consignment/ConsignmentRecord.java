package org.karvon.consignment;

import java.util.UUID;

/**
 * A consignment as stored: the aggregate plus what the record carries around it — the signed QR
 * token of its current version, the head of its movement journal and the carrier's name.
 */
public record ConsignmentRecord(Consignment consignment, String qrToken, long journalLength, String journalHead,
		String carrierName) {

	public ConsignmentNumber number() {
		return consignment.number();
	}

	public UUID carrierOrganizationId() {
		return consignment.carrierOrganizationId();
	}

	public ConsignmentRecord with(Consignment changed, String token) {
		return new ConsignmentRecord(changed, token, journalLength, journalHead, carrierName);
	}

	public ConsignmentRecord withJournalHead(long length, String head) {
		return new ConsignmentRecord(consignment, qrToken, length, head, carrierName);
	}

}
