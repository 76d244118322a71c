package org.karvon.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of countries and posts. The registry changes only by migration, so one
 * snapshot serves the whole life of the process.
 */
public final class Registry {

	private final Map<String, Country> countries;

	private final Map<String, CustomsPost> posts;

	public Registry(List<Country> countries, List<CustomsPost> posts) {
		this.countries = countries.stream().collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));
		this.posts = posts.stream().collect(Collectors.toUnmodifiableMap(CustomsPost::code, Function.identity()));
	}

	public List<Country> countries() {
		return countries.values().stream().sorted(Comparator.comparing(Country::code)).toList();
	}

	public Optional<Country> country(String code) {
		return Optional.ofNullable(code == null ? null : countries.get(code));
	}

	public boolean isMember(String countryCode) {
		return country(countryCode).map(Country::member).orElse(false);
	}

	public Optional<CustomsPost> post(String code) {
		return Optional.ofNullable(code == null ? null : posts.get(code));
	}

	public List<CustomsPost> postsIn(String countryCode) {
		return posts.values()
			.stream()
			.filter((post) -> countryCode == null || post.isIn(countryCode))
			.sorted(Comparator.comparing(CustomsPost::code))
			.toList();
	}

}
