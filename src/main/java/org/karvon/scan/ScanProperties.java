package org.karvon.scan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of scanning: the largest photo accepted and the longest QR text worth verifying (longer
 * text cannot be a Karvon token and is answered MALFORMED).
 */
@ConfigurationProperties("karvon.scan")
public record ScanProperties(@DefaultValue("8MB") DataSize maxImageBytes, @DefaultValue("4096") int maxQrLength) {
}
