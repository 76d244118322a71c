package org.karvon.transparency.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transparency log's settings (README "Transparency log").
 *
 * @param origin the log's name: the first line of every checkpoint and the name of its note key
 * @param checkpointInterval how often queued entries are sequenced and, when the log grew, a checkpoint is
 * signed and sent to the witnesses ({@code KARVON_CHECKPOINT_INTERVAL})
 * @param witnesses comma-separated {@code <witness verifier key>@<base URL>} ({@code KARVON_WITNESSES}); empty:
 * checkpoints carry only the log's signature
 */
@ConfigurationProperties("karvon.transparency")
public record TransparencyProperties(@DefaultValue("karvon/log") String origin,
		@DefaultValue("PT10S") Duration checkpointInterval, @DefaultValue("") String witnesses) {

	public TransparencyProperties {
		if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
			throw new IllegalArgumentException("karvon.transparency.checkpoint-interval must be positive");
		}
	}

}
