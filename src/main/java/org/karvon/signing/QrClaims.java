package org.karvon.signing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a QR token asserts about one version of a consignment: enough for an officer to match the
 * paper, the truck and the seals without a network. No commercial data (parties, goods, values).
 * <p>
 * Payload claim names (short, to keep the QR small): {@code n} number, {@code v} version,
 * {@code iat} issued at (epoch seconds), {@code dp} departure post, {@code ds} destination post,
 * {@code it} itinerary country codes, {@code pl} vehicle plates, {@code ct} containers,
 * {@code sl} seals. Empty lists are left out of the payload.
 */
public record QrClaims(String number, int version, Instant issuedAt, String departurePost,
		String destinationPost, List<String> itinerary, List<String> vehiclePlates, List<String> containers,
		List<String> seals) {

	public QrClaims {
		requireText(number, "number");
		requireText(departurePost, "departurePost");
		requireText(destinationPost, "destinationPost");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1");
		}
		issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
		itinerary = List.copyOf(itinerary);
		vehiclePlates = List.copyOf(vehiclePlates);
		containers = List.copyOf(containers);
		seals = List.copyOf(seals);
		if (itinerary.isEmpty()) {
			throw new IllegalArgumentException("itinerary must name at least one country");
		}
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
