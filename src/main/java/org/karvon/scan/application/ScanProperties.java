package org.karvon.scan.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of scanning: the largest photo accepted, the longest QR text worth verifying (longer text
 * cannot be a Karvon token and is answered MALFORMED), how long a genuine scan keeps a record open to
 * a post off its itinerary without that post recording an ENTRY (a truck crosses within hours; three
 * days cover a weekend queue), and how many such grants one officer may obtain in 24 hours (a border
 * officer meets a few deviating trucks a day, not a messenger group's worth of photos).
 */
@ConfigurationProperties("karvon.scan")
public record ScanProperties(@DefaultValue("8MB") DataSize maxImageBytes, @DefaultValue("4096") int maxQrLength,
		@DefaultValue("PT72H") Duration grantLifetime, @DefaultValue("50") int grantsPerOfficerPerDay) {
}
