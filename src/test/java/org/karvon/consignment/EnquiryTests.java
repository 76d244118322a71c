package org.karvon.consignment;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.PostCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.consignment.ConsignmentBuilder.aConsignment;

/** A state asking after overdue cargo: only when it is overdue, and the question moves nothing. */
class EnquiryTests {

	private static final Instant LATER = ConsignmentBuilder.REGISTERED_AT.plusSeconds(3600);

	private static final PostCode DESTINATION = PostCode.parse("KZALA");

	private static final Circumstances OVERDUE = new Circumstances(false, true);

	private static final Circumstances ON_TIME = new Circumstances(false, false);

	private static final Movement ENQUIRY = Movement.of(EventType.ENQUIRY, LATER);

	private final Consignment departed = aConsignment().build()
		.record(Movement.of(EventType.DEPARTURE, LATER), PostCode.parse("UZTAS"), LATER)
		.orElseThrow();

	@Test
	void refusesAnEnquiryAboutAConsignmentThatIsNotOverdue() {
		assertThat(departed.record(ENQUIRY, DESTINATION, ON_TIME, LATER).rejectionCode()).contains("NOT_OVERDUE");
	}

	@Test
	void acceptsAnEnquiryAboutAnOverdueConsignmentAndLeavesStatusAndLocationAlone() {
		Consignment enquired = departed.record(ENQUIRY, DESTINATION, OVERDUE, LATER.plusSeconds(60)).orElseThrow();

		assertThat(enquired.status()).isEqualTo(ConsignmentStatus.IN_TRANSIT);
		assertThat(enquired.location()).isEqualTo(departed.location());
		assertThat(enquired.seals()).isEqualTo(departed.seals());
	}

	@Test
	void acceptsAnEnquiryAboutOverdueCargoThatIsHeldOrHasNotDeparted() {
		Consignment held = departed.record(Movement.of(EventType.HOLD, LATER), PostCode.parse("UZYAL"), LATER)
			.orElseThrow();

		assertThat(held.record(ENQUIRY, DESTINATION, OVERDUE, LATER).orElseThrow().status())
			.isEqualTo(ConsignmentStatus.HELD);
		assertThat(aConsignment().build().record(ENQUIRY, DESTINATION, OVERDUE, LATER).orElseThrow().status())
			.isEqualTo(ConsignmentStatus.REGISTERED);
	}

	@Test
	void refusesAnEnquiryAfterCompletion() {
		Consignment completed = departed.record(Movement.of(EventType.ARRIVAL, LATER), DESTINATION, LATER)
			.orElseThrow()
			.record(Movement.of(EventType.COMPLETION, LATER), DESTINATION, LATER)
			.orElseThrow();

		assertThat(completed.record(ENQUIRY, DESTINATION, OVERDUE, LATER).rejectionCode()).contains("CONSIGNMENT_CLOSED");
	}

}
