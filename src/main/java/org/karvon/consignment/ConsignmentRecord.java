package org.karvon.consignment;

import java.util.Optional;
import java.util.UUID;

/**
 * A consignment as stored: the aggregate plus what the record carries around it — the signed QR
 * token of its current version, the head of its movement journal, the carrier's name, its transit
 * deadline (none on records older than deadlines) and whether it was overdue when it was read.
 */
public record ConsignmentRecord(Consignment consignment, String qrToken, long journalLength, String journalHead,
		String carrierName, Optional<TransitDeadline> deadline, boolean overdue) {

	public ConsignmentRecord(Consignment consignment, String qrToken, long journalLength, String journalHead,
			String carrierName) {
		this(consignment, qrToken, journalLength, journalHead, carrierName, Optional.empty(), false);
	}

	public ConsignmentNumber number() {
		return consignment.number();
	}

	public UUID carrierOrganizationId() {
		return consignment.carrierOrganizationId();
	}

	public ConsignmentRecord with(Consignment changed, String token) {
		return new ConsignmentRecord(changed, token, journalLength, journalHead, carrierName, deadline, overdue);
	}

	public ConsignmentRecord withDeadline(TransitDeadline changed) {
		return new ConsignmentRecord(consignment, qrToken, journalLength, journalHead, carrierName, Optional.of(changed),
				overdue);
	}

	public ConsignmentRecord withJournalHead(long length, String head) {
		return new ConsignmentRecord(consignment, qrToken, length, head, carrierName, deadline, overdue);
	}

}
