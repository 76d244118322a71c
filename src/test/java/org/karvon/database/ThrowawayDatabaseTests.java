package org.karvon.database;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrowawayDatabaseTests {

	static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	@Test
	void recognisesAThrowawayLeftBehindLongAgo() {
		String old = ThrowawayDatabase.nameFor(NOW.minus(Duration.ofDays(1)));
		assertThat(ThrowawayDatabase.isOrphan(old, NOW.minus(ThrowawayDatabase.ORPHAN_AGE))).isTrue();
	}

	@Test
	void leavesARecentThrowawayAlone() {
		String running = ThrowawayDatabase.nameFor(NOW.minus(Duration.ofMinutes(10)));
		assertThat(ThrowawayDatabase.isOrphan(running, NOW.minus(ThrowawayDatabase.ORPHAN_AGE))).isFalse();
	}

	@Test
	void neverTouchesOtherDatabases() {
		Instant cutoff = NOW.minus(ThrowawayDatabase.ORPHAN_AGE);
		assertThat(ThrowawayDatabase.isOrphan("karvon", cutoff)).isFalse();
		assertThat(ThrowawayDatabase.isOrphan("karvon_test_59ffd895ab44412c", cutoff)).isFalse();
		assertThat(ThrowawayDatabase.isOrphan("karvon_test_1_2_3", cutoff)).isFalse();
		assertThat(ThrowawayDatabase.isOrphan("postgres", cutoff)).isFalse();
	}

}
