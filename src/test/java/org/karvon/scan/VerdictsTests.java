package org.karvon.scan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.signing.QrClaims;
import org.karvon.signing.Verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

class VerdictsTests {

	private static final Instant NOW = Instant.parse("2026-11-05T09:30:00Z");

	@Test
	void callsTheIssuedTokenOfALiveRecordValid() {
		assertThat(Verdicts.current(record(1, ConsignmentStatus.REGISTERED)).verdict()).isEqualTo(Verdict.VALID);
	}

	@Test
	void callsTheIssuedTokenOfACancelledRecordCancelled() {
		assertThat(Verdicts.current(record(1, ConsignmentStatus.CANCELLED)).verdict()).isEqualTo(Verdict.CANCELLED);
	}

	@Test
	void callsAGenuineOlderVersionSuperseded() {
		ScanOutcome outcome = Verdicts.of(genuine(1), Optional.of(record(2, ConsignmentStatus.REGISTERED)));
		assertThat(outcome.verdict()).isEqualTo(Verdict.SUPERSEDED);
		assertThat(outcome.record()).isPresent();
	}

	@Test
	void callsAGenuineCurrentVersionValid() {
		assertThat(Verdicts.of(genuine(2), Optional.of(record(2, ConsignmentStatus.REGISTERED))).verdict())
			.isEqualTo(Verdict.VALID);
	}

	@Test
	void callsAnyGenuineVersionOfACancelledRecordCancelled() {
		assertThat(Verdicts.of(genuine(1), Optional.of(record(3, ConsignmentStatus.CANCELLED))).verdict())
			.isEqualTo(Verdict.CANCELLED);
	}

	@Test
	void callsAGenuineSignatureOverAnUnknownNumberForged() {
		ScanOutcome outcome = Verdicts.of(genuine(1), Optional.empty());
		assertThat(outcome.verdict()).isEqualTo(Verdict.FORGED);
		assertThat(outcome.record()).isEmpty();
	}

	@Test
	void mapsEveryFailedVerificationToItsVerdictWithoutARecord() {
		Optional<ConsignmentRecord> record = Optional.of(record(1, ConsignmentStatus.REGISTERED));
		assertThat(Verdicts.of(new Verification.Forged("k"), record)).isEqualTo(ScanOutcome.of(Verdict.FORGED));
		assertThat(Verdicts.of(new Verification.UnknownKey("k"), record)).isEqualTo(ScanOutcome.of(Verdict.UNKNOWN_KEY));
		assertThat(Verdicts.of(new Verification.Malformed("x"), record)).isEqualTo(ScanOutcome.of(Verdict.MALFORMED));
	}

	private static Verification genuine(int version) {
		return new Verification.Genuine(new QrClaims("26UZ4G7K2M9XQ3P8R5", version, NOW, "UZTAS", "KZALA",
				List.of("UZ", "KZ"), List.of(), List.of(), List.of()), "k-1");
	}

	private static ConsignmentRecord record(int version, ConsignmentStatus status) {
		Consignment c = aConsignment().build();
		Consignment shaped = new Consignment(c.number(), version, status, c.carrierOrganizationId(), c.details(),
				c.seals(), c.transport(), c.location(), c.arrivedAt(), c.heldBy(), c.createdAt(), c.updatedAt());
		return new ConsignmentRecord(shaped, "token", 0, null, "Carrier");
	}

}
