package org.karvon.identity;

import java.time.Instant;
import java.util.UUID;

/** A carrier company; its users register and see its consignments, and only those. */
public record Organization(UUID id, String name, String country, Instant createdAt) {
}
