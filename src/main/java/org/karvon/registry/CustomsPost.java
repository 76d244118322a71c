package org.karvon.registry;

/**
 * A customs post. {@code counterpart} is the post across the border (where a truck leaving here
 * shows up next), or null for inland posts.
 */
public record CustomsPost(String code, String name, String country, PostKind kind, double latitude,
		double longitude, String counterpart) {

	public boolean isIn(String countryCode) {
		return country.equals(countryCode);
	}

}
