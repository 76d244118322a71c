package org.karvon.registry;

/** A country cargo may cross; {@code member} marks the six states that run Karvon. */
public record Country(String code, String name, boolean member) {
}
