package org.karvon.overdue.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The overdue watch's settings (README "Transit deadline and overdue cargo").
 *
 * @param enabled whether this instance sweeps at all (every instance may: the claim keeps them apart)
 * @param sweepInterval how often it looks for consignments past their deadline
 * @param batchSize consignments announced per transaction
 */
@ConfigurationProperties("karvon.overdue")
public record OverdueProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration sweepInterval,
		@DefaultValue("100") int batchSize) {
}
