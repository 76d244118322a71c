package org.karvon.consignment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitTimeTests {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void allowsFourDaysFromTashkentToAlmaty() {
		TransitTime time = TransitTime.between(41.2995, 69.2401, 43.2389, 76.8897, Itinerary.of("UZ", "KZ"));
		assertThat(time.days()).isEqualTo(4);
		assertThat(time.distanceKm()).isBetween(600L, 750L);
	}

	@Test
	void addsADayForEveryBorderOfTheItinerary() {
		TransitTime direct = TransitTime.between(41.2995, 69.2401, 40.05, 49.40, Itinerary.of("UZ", "AZ"));
		TransitTime viaTurkmenistan = TransitTime.between(41.2995, 69.2401, 40.05, 49.40, Itinerary.of("UZ", "TM", "AZ"));
		assertThat(viaTurkmenistan.days()).isEqualTo(direct.days() + 1).isEqualTo(10);
	}

	@Test
	void neverAllowsLessThanTwoDays() {
		assertThat(TransitTime.between(41.079, 68.993, 41.37, 69.042, Itinerary.of("UZ", "KZ")).days()).isEqualTo(2);
	}

	@Test
	void acceptsADeclaredDeadlineInTheFutureWithAnOffset() {
		assertThat(TransitDeadline.parseDeclared("2026-03-05T18:00:00+05:00", NOW))
			.isEqualTo(Instant.parse("2026-03-05T13:00:00Z"));
	}

	@Test
	void refusesADeclaredDeadlineInThePastFarAheadOrWithoutOffset() {
		for (String raw : new String[] { "2026-02-28T08:00:00Z", "2026-09-01T08:00:00Z", "2026-03-05T18:00:00",
				"x".repeat(10_000) }) {
			assertThatThrownBy(() -> TransitDeadline.parseDeclared(raw, NOW)).isInstanceOf(InvalidValueException.class);
		}
	}

	@Test
	void isOverdueOnlyWhileTheCargoHasNotArrived() {
		TransitDeadline deadline = TransitDeadline.byRule(NOW, new TransitTime(4, 660));
		Instant after = NOW.plus(Duration.ofDays(5));
		assertThat(deadline.passedFor(ConsignmentStatus.IN_TRANSIT, after)).isTrue();
		assertThat(deadline.passedFor(ConsignmentStatus.HELD, after)).isTrue();
		assertThat(deadline.passedFor(ConsignmentStatus.ARRIVED, after)).isFalse();
		assertThat(deadline.passedFor(ConsignmentStatus.CANCELLED, after)).isFalse();
		assertThat(deadline.passedFor(ConsignmentStatus.IN_TRANSIT, NOW.plus(Duration.ofDays(3)))).isFalse();
	}

}
