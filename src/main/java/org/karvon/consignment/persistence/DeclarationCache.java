package org.karvon.consignment.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.karvon.consignment.ConsignmentDetails;

/**
 * Parsed declarations of recently read consignments. A declaration changes only with a new
 * version, so {@code number:version} identifies it; scans and appends read the same records over
 * and over and need not parse and validate the same JSON each time.
 */
final class DeclarationCache {

	private static final int CAPACITY = 20_000;

	private final Map<String, ConsignmentDetails> entries = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ConsignmentDetails> eldest) {
			return size() > CAPACITY;
		}
	};

	ConsignmentDetails get(String number, int version, Supplier<ConsignmentDetails> parse) {
		String key = number + ":" + version;
		synchronized (entries) {
			ConsignmentDetails cached = entries.get(key);
			if (cached != null) {
				return cached;
			}
		}
		ConsignmentDetails parsed = parse.get();
		synchronized (entries) {
			entries.put(key, parsed);
		}
		return parsed;
	}

}
