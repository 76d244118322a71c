package org.karvon.consignment.persistence;

import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.karvon.consignment.ConsignmentDetails;

/**
 * Parsed declarations of recently read consignments. A declaration changes only with a new
 * version, so {@code number:version} identifies it; scans and appends read the same records over
 * and over and need not parse and validate the same JSON each time. Bounded by an estimate of the heap the
 * entries take, not by their count: a block train's declaration is a hundred times a truck's.
 */
final class DeclarationCache {

	/** Heap the cached declarations may take, roughly (README "Footprint"). */
	static final long BUDGET_BYTES = 32L << 20;

	/** A parsed declaration takes a few times its JSON text: strings, boxes, lists and records. */
	private static final int BYTES_PER_JSON_CHAR = 4;

	private final Cache<String, Weighed> entries = Caffeine.newBuilder()
		.maximumWeight(BUDGET_BYTES)
		.weigher((String key, Weighed entry) -> entry.bytes())
		.executor(Runnable::run)
		.build();

	ConsignmentDetails get(String number, int version, Supplier<String> json, Function<String, ConsignmentDetails> parse) {
		String key = number + ":" + version;
		Weighed cached = entries.getIfPresent(key);
		if (cached != null) {
			return cached.details();
		}
		String text = json.get();
		ConsignmentDetails parsed = parse.apply(text);
		entries.put(key, new Weighed(parsed, (int) Math.min(Integer.MAX_VALUE, (long) text.length() * BYTES_PER_JSON_CHAR)));
		return parsed;
	}

	private record Weighed(ConsignmentDetails details, int bytes) {
	}

}
